/**
 * Chromium's accessibility tree (what a screen reader gets) under a widget, as stable text:
 * one line per node, indented by depth, `role "name"` then the states that matter. Focus is left
 * out (it depends on the test, not the widget); everything else a user of assistive technology
 * hears is in, so a change in a name, role, level or state shows in review as a diff.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** The node shape puppeteer's `page.accessibility.snapshot()` returns. */
export interface AxNode {
  role: string;
  name?: string;
  value?: string | number;
  description?: string;
  level?: number;
  checked?: boolean | 'mixed';
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  selected?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  required?: boolean;
  modal?: boolean;
  multiselectable?: boolean;
  haspopup?: string;
  orientation?: string;
  invalid?: string;
  valuemin?: number;
  valuemax?: number;
  children?: AxNode[];
}

/** Roles a user operates: each must have a name. */
export const CONTROL_ROLES = new Set([
  'button', 'link', 'checkbox', 'radio', 'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'menuitem', 'menuitemcheckbox',
  'menuitemradio', 'tab', 'slider', 'spinbutton', 'switch', 'treeitem', 'gridcell', 'columnheader', 'rowheader', 'menu', 'radiogroup',
  'tablist', 'tabpanel', 'dialog', 'alertdialog', 'grid', 'tree', 'region', 'form', 'group',
]);

/** Roles that must be named for the control to be usable (containers like group may be unnamed). */
export const MUST_BE_NAMED = new Set(['button', 'link', 'checkbox', 'radio', 'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'slider', 'spinbutton', 'switch', 'treeitem', 'radiogroup', 'dialog', 'alertdialog', 'tabpanel']);

/** Roles whose content is their name: their text children are not listed again. */
const LEAF = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'switch', 'heading', 'textbox', 'searchbox', 'spinbutton', 'slider', 'img', 'image', 'combobox']);
/** Roles that carry no meaning of their own: their children take their place. */
const LIFT = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak', 'Ignored', '']);

/** Chromium's full tree, without layout-only nodes and repeated text (keeps lists, regions, groups). */
export function prune(node: AxNode): AxNode[] {
  // Text boxes are lines of layout (they change with the width), not content.
  if (node.role === 'InlineTextBox' || node.role === 'LineBreak') return [];
  const children = LEAF.has(node.role) ? (node.children ?? []).filter((c) => c.role !== 'StaticText' && c.role !== 'InlineTextBox' && !LIFT.has(c.role)).flatMap(prune) : (node.children ?? []).flatMap(prune);
  if (LIFT.has(node.role) && !node.name) return children;
  if (node.role === 'StaticText' && !(node.name ?? '').trim()) return [];
  const { children: _omit, ...rest } = node;
  return [children.length ? { ...rest, children } : rest];
}

/** The accessibility tree under the first element matching `selector` (light DOM selector). */
export async function accessibilityTree(selector: string): Promise<AxNode> {
  const tree = await executeServerCommand<AxNode | null, { selector: string; interestingOnly: boolean }>('vk-a11y-tree', { selector, interestingOnly: false });
  if (!tree) throw new Error(`No accessibility tree under ${selector} (is it hidden?)`);
  const [root] = prune(tree);
  if (!root) throw new Error(`Only layout nodes under ${selector}`);
  return root;
}

const STATES: Array<keyof AxNode> = ['level', 'checked', 'pressed', 'expanded', 'selected', 'disabled', 'readonly', 'required', 'modal', 'multiselectable', 'haspopup', 'orientation', 'invalid', 'valuemin', 'valuemax'];

const quote = (s: string): string => JSON.stringify(s.replace(/\s+/g, ' ').trim());

/** Stable text: `role "name" [state=value …] = value : description`, two spaces per depth. */
export function serialise(node: AxNode, depth = 0): string {
  const parts = [node.role];
  if (node.name) parts.push(quote(node.name));
  const states = STATES.filter((k) => node[k] !== undefined && node[k] !== false).map((k) => (node[k] === true ? String(k) : `${String(k)}=${String(node[k])}`));
  if (states.length) parts.push(`[${states.join(' ')}]`);
  if (node.value !== undefined && node.value !== '') parts.push(`= ${quote(String(node.value))}`);
  if (node.description) parts.push(`: ${quote(node.description)}`);
  const line = `${'  '.repeat(depth)}${parts.join(' ')}`;
  return [line, ...(node.children ?? []).map((child) => serialise(child, depth + 1))].join('\n');
}

/** Every node of an operable role without a name, as `role (path)`. */
export function unnamedControls(node: AxNode, path: string[] = []): string[] {
  const here = [...path, node.name ? `${node.role} "${node.name.slice(0, 30)}"` : node.role];
  const own = MUST_BE_NAMED.has(node.role) && !(node.name ?? '').trim() ? [here.slice(-3).join(' > ')] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => unnamedControls(child, here))];
}

/** Compares text with test/a11y/snapshots/NAME.txt; UPDATE_SNAPSHOTS=1 writes it instead. */
export async function matchSnapshot(name: string, text: string): Promise<{ expected: string | null; update: boolean }> {
  const result = await executeServerCommand<{ written: boolean; text: string | null; update: boolean }, { name: string; text: string }>('vk-snapshot-file', { name, text });
  return { expected: result.text, update: result.update };
}

/** Roles a screen reader names on entering them (a heading inside may name its group: not listed). */
const CONTAINER_ROLES = new Set(['group', 'region', 'list', 'grid', 'treegrid', 'table', 'tabpanel', 'tablist', 'toolbar', 'radiogroup', 'listbox', 'menu', 'tree', 'form', 'dialog', 'alertdialog', 'article', 'navigation', 'complementary', 'main', 'search']);

/** A name as heard: isolate marks and runs of white space do not make two names differ. */
const heardName = (name: string | undefined): string => (name ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Every named container whose direct child (after pruning) other than a heading has the same name,
 * as `role "name" > role`: entering it, a screen reader says the name two or three times.
 */
export function doubledNames(node: AxNode, path: string[] = []): string[] {
  const here = [...path, node.name ? `${node.role} "${node.name.slice(0, 30)}"` : node.role];
  const name = heardName(node.name);
  const own =
    CONTAINER_ROLES.has(node.role) && name
      ? (node.children ?? []).filter((c) => c.role !== 'heading' && heardName(c.name) === name).map((c) => `${here.slice(-2).join(' > ')} > ${c.role}`)
      : [];
  return [...own, ...(node.children ?? []).flatMap((child) => doubledNames(child, here))];
}

/** The named containers on the way from `node` down to the first node `found` picks (outermost first), or null. */
export function namedContainersAbove(node: AxNode, found: (n: AxNode) => boolean, path: AxNode[] = []): AxNode[] | null {
  if (found(node)) return path;
  const next = CONTAINER_ROLES.has(node.role) && heardName(node.name) ? [...path, node] : path;
  for (const child of node.children ?? []) {
    const hit = namedContainersAbove(child, found, next);
    if (hit) return hit;
  }
  return null;
}
