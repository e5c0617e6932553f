// The command line every bench tool (run, trace, profile, ab-cpu) gives Debian's headless Chromium.
//
// Chromium 156 preloads its omnibox popup (a WebUI page, chrome://omnibox-popup.top-chrome/, in a
// renderer of its own) for every new browser window, headless too, so every sample's context
// started one. Traced on 1 Dec 2026 (THREADS=1) it used up to 120 ms of CPU inside a 270 ms month
// sample on this 2-core machine: a second renderer competing with the measured page for a core,
// for us and FullCalendar alike. Its features are disabled below.
//
// Chromium honours only the last --disable-features switch, and Playwright passes its own before
// ours (PaintHolding, HttpsUpgrades, OptimizationHints, …: chromiumSwitches.ts). So ours repeats
// Playwright's list (playwright-core 1.65.1, pinned in package.json) and adds the omnibox's;
// checkLaunchArgs() fails a run whose browser lost either.
const playwrightDisabled = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
const omnibox = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...playwrightDisabled, ...omnibox].join(',')}`,
];

/**
 * Throws unless the launched browser's last --disable-features holds both Playwright's features
 * and the omnibox's (a Playwright upgrade that changes its list, or a tool that adds its own
 * switch, would otherwise silently change what the bench measures).
 * @param {import('playwright-core').Browser} browser
 */
export async function checkLaunchArgs(browser) {
  const session = await browser.newBrowserCDPSession();
  const { commandLine } = await session.send('SystemInfo.getInfo');
  await session.detach();
  const switches = commandLine.match(/--disable-features=\S*/g) ?? [];
  const last = new Set((switches.at(-1) ?? '').slice('--disable-features='.length).split(','));
  const missing = [...playwrightDisabled, ...omnibox].filter((feature) => !last.has(feature));
  const ours = switches.at(-1) === chromiumArgs.at(-1);
  const theirs = switches.slice(0, -1).flatMap((s) => s.slice('--disable-features='.length).split(',')).filter((f) => f && !last.has(f));
  if (missing.length || !ours || theirs.length) {
    throw new Error(`bench/chromium-args.mjs: Chromium's last --disable-features lacks ${[...missing, ...theirs].join(', ') || '(ours is not last)'}; update playwrightDisabled to playwright-core's chromiumSwitches.ts`);
  }
}
