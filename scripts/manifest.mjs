// The custom-elements manifest as a package user sees it, and the IDE data generated from it.
//  - veikartManifest(): an analyzer plugin (custom-elements-manifest.config.mjs) that keeps the
//    element modules only, public members only (no #private, _underscore, protected, statics or
//    lifecycle callbacks), gives every event its detail type, points every path at the shipped
//    dist/npm/*.js module, and declares each tag's definition in its registering entry.
//  - ideData(manifest): VS Code custom HTML data (vscode.html-custom-data.json) and JetBrains
//    web-types (web-types.json), generated from that manifest.
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const widgets = JSON.parse(readFileSync(`${root}scripts/widgets.json`, 'utf8'));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Document and operation type of each element's vk-change. */
const changeTypes = {
  VkPlanBoard: ['PlanDocument', 'PlanOperation'],
  VkStepTracker: ['StepsDocument', 'StepsOperation'],
  VkTaskLadder: ['LadderDocument', 'LadderOperation'],
  VkCourseCalendar: ['ScheduleDocument', 'ScheduleOperation'],
};
const eventTypes = (className) => ({
  'vk-change': `VkChangeEvent<${changeTypes[className]?.join(', ') ?? 'unknown, unknown'}>`,
  change: 'Event',
  'vk-error': 'VkErrorEvent',
  'vk-open': 'VkOpenEvent',
  'vk-range-change': 'VkRangeChangeEvent',
});

const shipped = (path) => path.replace(/^\/?src\//, 'dist/npm/').replace(/\.ts$/, '.js');
const isPublic = (member) =>
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !/^[#_]/.test(member.name) &&
  !/Callback$/.test(member.name);

export function veikartManifest() {
  return {
    name: 'veikart-public-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elementModules = new Set(['src/core/vk-element.ts', ...Object.values(widgets).map((w) => w.path)]);
      manifest.modules = manifest.modules.filter((mod) => elementModules.has(mod.path));
      for (const mod of manifest.modules) {
        mod.path = shipped(mod.path);
        mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class');
        for (const declaration of mod.declarations) {
          declaration.members = (declaration.members ?? []).filter(isPublic);
          for (const member of declaration.members) if (member.inheritedFrom?.module) member.inheritedFrom.module = shipped(member.inheritedFrom.module);
          for (const inherited of [...(declaration.attributes ?? []), ...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? []), ...(declaration.cssStates ?? [])]) if (inherited.inheritedFrom?.module) inherited.inheritedFrom.module = shipped(inherited.inheritedFrom.module);
          if (declaration.superclass?.module) declaration.superclass.module = shipped(declaration.superclass.module);
          const types = eventTypes(declaration.name);
          for (const event of declaration.events ?? []) if (types[event.name]) event.type = { text: types[event.name] };
        }
        mod.exports = (mod.exports ?? []).filter((e) => mod.declarations.some((d) => d.name === e.declaration?.name));
        for (const e of mod.exports) e.declaration.module = mod.path;
      }
      // Where each tag is defined: its own entry (veikart/<widget>) and veikart/define.
      for (const [folder, widget] of Object.entries(widgets)) {
        const declaration = { name: widget.className, module: shipped(widget.path) };
        manifest.modules.push({ kind: 'javascript-module', path: `dist/npm/${folder}/define.js`, declarations: [], exports: [
          { kind: 'custom-element-definition', name: widget.tag, declaration },
          { kind: 'js', name: widget.className, declaration },
        ] });
      }
      manifest.modules.push({ kind: 'javascript-module', path: 'dist/npm/define.js', declarations: [], exports: Object.values(widgets).map((w) => (
        { kind: 'custom-element-definition', name: w.tag, declaration: { name: w.className, module: shipped(w.path) } })) });
    },
  };
}

const text = (description) => (description ?? '').trim();

/** VS Code custom data and JetBrains web-types from the (already filtered) manifest. */
export function ideData(manifest) {
  const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: mod.path })));
  const valuesOf = (type) => {
    const literals = [...(type?.text ?? '').matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    return literals.length ? literals : null;
  };
  // Types like PlanMode are aliases: resolve the known ones to their literal values.
  const known = { PlanMode: ['adviser', 'participant'], LadderMode: ['adviser', 'participant'], CalendarView: ['month', 'week', 'agenda'], StepOrientation: ['horizontal', 'vertical'] };
  const enumOf = (attribute) => valuesOf(attribute.type) ?? known[(attribute.type?.text ?? '').replace(/\s*\|\s*undefined$/, '')] ?? null;

  const vscode = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: [text(el.summary) || text(el.description).split('\n\n')[0], `Events: ${(el.events ?? []).map((e) => `\`${e.name}\``).join(', ')}.`].join('\n\n'),
      attributes: (el.attributes ?? []).map((a) => ({
        name: a.name,
        description: text(a.description) + (a.type?.text ? `\n\nType: \`${a.type.text}\`` : ''),
        ...(enumOf(a) ? { values: enumOf(a).map((name) => ({ name })) } : {}),
        ...(/^boolean$/.test(a.type?.text ?? '') ? { valueSet: 'v' } : {}),
      })),
    })),
  };

  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: text(el.summary) || text(el.description).split('\n\n')[0],
          source: { module: `./${el.module}`, symbol: el.name },
          attributes: (el.attributes ?? []).map((a) => ({
            name: a.name,
            description: text(a.description),
            ...(a.default ? { default: a.default } : {}),
            value: enumOf(a) ? { type: enumOf(a).map((v) => `"${v}"`).join(' | ') } : /^boolean$/.test(a.type?.text ?? '') ? { type: 'boolean', required: false } : { type: a.type?.text ?? 'string' },
          })),
          js: {
            properties: (el.members ?? []).filter((m) => m.kind === 'field').map((m) => ({ name: m.name, description: text(m.description), ...(m.type?.text ? { type: m.type.text } : {}) })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: text(e.description), ...(e.type?.text ? { type: e.type.text } : {}) })),
          },
          css: { parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: text(p.description) })), properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: text(p.description) })) },
        })),
      },
    },
  };
  return { vscode, webTypes };
}
