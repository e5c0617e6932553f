// The command line every bench tool (run, trace, profile, ab-cpu) gives Debian's headless Chromium.
// `--disable-features=WebUIOmnibox…`: Chromium 156 preloads its omnibox popup (a WebUI page,
// chrome://omnibox-popup.top-chrome/, in a renderer of its own) for every new browser window,
// headless too, so every sample's context started one. Traced on 1 Dec 2026 (THREADS=1) it used up
// to 120 ms of CPU inside a 270 ms month sample on this 2-core machine: a second renderer
// competing with the measured page for a core, for us and FullCalendar alike.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
