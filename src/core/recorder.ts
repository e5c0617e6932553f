/**
 * `<vk-audio-recorder>`: records a few words in one language with the microphone, for an item's
 * `audio` (contract §4). Internal to Veikart: widgets load it on first use with
 * `const { recorderTag } = await import('../core/recorder.js')` — it defines the element once —
 * and put it in their editor. Use the import's result (e.g. `recorderTag`): a bundler that trusts
 * package.json `sideEffects` drops everything from a lazily imported module whose result is unused.
 * Nothing is stored or sent: the recording is handed to the widget as a `data:audio/…` URL in the
 * `vk-recording` event, and the widget puts it in the document the host owns.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { AudioCapture, captureSupported, problemOf, toDataUrl, type CaptureProblem } from './audio-capture.js';
import { isSafeAudioUrl, MAX_AUDIO_DATA_URL } from './audio-url.js';
import { dateLocale } from './dates.js';
import { uiCount, uiDigits } from './digits.js';
import { getLocale, pageTextLocale } from './localize.js';
import { isPluralOne } from './plural.js';
import { recorderStyles } from './recorder.styles.js';
import { shown, whenHidden } from './shown.js';
import { baseLanguage, directionOf, isolate } from './text.js';
import { tokens } from './tokens.js';
import { uiBidiStyles } from './ui-bidi.js';

/** `vk-recording`: the user saved a recording (`url`) or removed it (`url: null`). */
export interface VkRecordingDetail {
  /** A `data:audio/…;base64,…` URL of at most `maxBytes` characters, or null when removed. */
  url: string | null;
  /**
   * The language the take was spoken in (the recorder's `lang` when recording started, even if the
   * widget has changed `lang` since), or, for a removal, the recording's (`lang`). Audio is in the
   * language it was spoken in: a widget saves it under this language, or refuses it.
   */
  lang: string;
}
export type VkRecordingEvent = CustomEvent<VkRecordingDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-recording': VkRecordingEvent;
  }
  interface HTMLElementTagNameMap {
    'vk-audio-recorder': VkAudioRecorder;
  }
}

/** Where the recorder is: nothing new, waiting for the microphone, recording, converting, or a new take to review. */
export type RecorderPhase = 'idle' | 'requesting' | 'recording' | 'processing' | 'review';

type Problem = CaptureProblem | 'too-large';

const recordIcon = svg`<circle cx="12" cy="12" r="7" />`;
const stopIcon = svg`<rect x="6" y="6" width="12" height="12" rx="1.5" />`;
const removeIcon = svg`<path d="M9 3h6l1 2h4v2H4V5h4l1-2Zm-3 6h12l-1 12H7L6 9Z" />`;
const saveIcon = svg`<path d="m9.5 16.2-4.2-4.2-1.4 1.4 5.6 5.6 11-11-1.4-1.4Z" />`;
const warningIcon = svg`<path d="M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z" />`;
const icon = (shape: ReturnType<typeof svg>): TemplateResult => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;

/**
 * Records, plays back, re-records and removes one recording in one language.
 *
 * - Record/stop control with a live level (`<meter>`) and elapsed time; stops by itself after
 *   `maxSeconds`, or earlier when the recording would exceed `maxBytes`.
 * - A new take is played back and then saved (fires `vk-recording` with its URL and language),
 *   recorded again, or thrown away. Stopped, focus goes to its player (the status says "Hør på det, og
 *   lagre det."), "Lagre opptaket" next; the host carries `data-take` meanwhile. A take keeps the language it was recorded in: a widget that
 *   changes `lang` / `languageName` meanwhile (the host changed the participant language) relabels
 *   the recorder only once the take is saved or thrown away, and the event names the take's
 *   language; a take saved in another language than `lang` is not taken as `value` (it is that
 *   language's recording, not the one shown). An existing recording (`value`) can be played, recorded again or removed (fires
 *   `vk-recording` with `url: null` and `lang`).
 * - No longer shown while recording (`hidden`, a closed tab panel or `<details>` around it,
 *   `visibility: hidden`, the page hidden: another tab): stops as if Stop were pressed, the microphone released, the take under
 *   review for when it is shown again; waiting for the microphone: cancelled.
 * - Escape while recording (or waiting for the microphone) cancels the recording only, wherever
 *   focus is in the recorder's document or shadow root; the key does not reach the popover around it.
 * - Microphone refused (`NotAllowedError`), no microphone (`NotFoundError`), microphone busy, or no
 *   `MediaRecorder`: a message in the UI locale; `value` and the document are untouched.
 * - A save or removal the widget could not keep (`vk-recording` cancelled): "Opptaket kunne ikke
 *   lagres i planen." stays in view above the buttons, the button pressed described by it
 *   (WCAG 3.3.1), until the next take, discard, or a save or removal that is kept. No live region:
 *   the widget says it once (the board's "Opptaket kunne ikke lagres i planen."; the ladder's
 *   "Endring avbrutt. …" for a host's cancellation, those words for its own refusals).
 *
 * @summary Internal: records an item's voice in one language.
 * @event vk-recording - `{ url: string | null, lang: string }` (VkRecordingDetail), bubbling, composed, cancelable. Not cancelled →
 *   `value` becomes `url` (not for a take in another language than `lang`); cancelled → the recorder shows that it was not kept. The URL is `data:audio/<type>;base64,…`, at most `maxBytes` characters.
 * @csspart base - The wrapper (a group named after the language).
 * @csspart record-button - Record / stop / record again.
 * @csspart level - The input level `<meter>` while recording.
 * @csspart playback - The `<audio controls>` of the current recording or the new take.
 * @csspart message - A problem (permission refused, no microphone, too large, a current recording that cannot be played, a save not kept).
 * @example
 * const { recorderTag } = await import('../core/recorder.js'); // 'vk-audio-recorder', now defined
 * html`<vk-audio-recorder .lang=${'ti'} .languageName=${'tigrinja'} .value=${card.audio?.ti ?? null}
 *   @vk-recording=${(e) => save(e.detail.url)}></vk-audio-recorder>`
 */
export class VkAudioRecorder extends LitElement {
  static override styles = [tokens, recorderStyles, ...uiBidiStyles];

  /** The language being recorded (BCP 47); the UI itself stays in the UI locale. */
  @property() override lang = '';
  /** The language's name in the UI locale, for labels ("Ta opp på tigrinja"). */
  @property({ attribute: 'language-name' }) languageName = '';
  /** The current recording's URL, or null when there is none. */
  @property() value: string | null = null;
  /** Longest recording in seconds; recording stops by itself here. */
  @property({ type: Number, attribute: 'max-seconds' }) maxSeconds = 30;
  /** Longest data URL in characters (= bytes); recording stops before a take would exceed it. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = MAX_AUDIO_DATA_URL;

  @state() private phase: RecorderPhase = 'idle';
  @state() private take: { url: string; seconds: number } | null = null;
  /** The language (tag and name) being recorded or under review: `lang` and `languageName` as recording started. */
  #spoken = { lang: '', name: '' };
  @state() private problem: Problem | null = null;
  /** The current recording's URL once its `<audio>` failed to load it (a missing file, not audio). */
  @state() private unplayable: string | null = null;
  /** The widget cancelled the last save or removal (`vk-recording`): the take, or the recording, is not in the document. */
  @state() private refused = false;
  @state() private elapsed = 0;
  /**
   * Lengths in seconds of recordings by URL: a take's as measured while recording (kept once it is
   * saved), a host's as its `<audio>` reports it once finite. A WebM from MediaRecorder has no
   * duration in its header (its element said Infinity until the whole file was read, the player
   * "0:00"): audio-capture writes it in now (webm-duration.ts), but a host's file may still lack it,
   * so the recorder shows the length it knows, and none when it knows none.
   */
  @state() private lengths = new Map<string, number>();
  @state() private status = '';


  #capture: AudioCapture | undefined;
  #started = 0;
  /** The last value this recorder set itself (`vk-recording`): any other is the host's. */
  #emitted: string | null | undefined;
  #frame = 0;
  #limitTimer: ReturnType<typeof setTimeout> | undefined;
  #stopReason: 'user' | 'time' | 'size' = 'user';
  /** The stop under way (or the last one, settled): `finish()` waits for a take still being converted. */
  #stopping: Promise<void> = Promise.resolve();
  #focusAfterUpdate: string | null = null;
  /** Focus was in the recorder as this update began (see `updated`). */
  #hadFocus = false;
  /** The document or shadow root holding the recorder, where its Escape listener is. */
  #root: Node | undefined;
  /** Stops watching the recorder while it has the microphone (hidden: `#hidden`). */
  #unwatch: (() => void) | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Where the recorder is now (tests; widgets that want to block closing while recording). */
  get state(): RecorderPhase {
    return this.phase;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Escape anywhere around the recorder (the title just typed in the same form) cancels a
    // recording in progress: caught on the way down, before the popover's own Escape closes it.
    this.#root = this.getRootNode();
    this.#root.addEventListener('keydown', this.#onKeydown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#root?.removeEventListener('keydown', this.#onKeydown, true);
    // Removal while recording releases the microphone; the take is thrown away, value untouched.
    this.#endCapture();
    this.#capture?.cancel();
    this.#capture = undefined;
    if (this.phase !== 'review') this.phase = 'idle';
  }

  // ----- actions ------------------------------------------------------------------------------

  /** Starts recording (asks for the microphone the first time). */
  async record(): Promise<void> {
    if (this.phase === 'requesting' || this.phase === 'recording' || this.phase === 'processing') return;
    this.problem = null;
    this.refused = false;
    // Recording again replaces an unsaved take; the saved recording (value) stays until Save.
    this.take = null;
    if (!captureSupported()) {
      this.#fail('unsupported');
      return;
    }
    this.phase = 'requesting';
    this.#unwatch = whenHidden(this, this.#hidden);
    this.#spoken = { lang: this.lang, name: this.languageName };
    this.status = msg('Venter på tilgang til mikrofonen …', { id: 'recorder.status.requesting' });
    const capture = new AudioCapture(this.maxBytes, () => void this.stop('size'));
    this.#capture = capture;
    try {
      await capture.start();
    } catch (error) {
      if (this.#capture === capture) this.#capture = undefined;
      if (this.phase === 'requesting') this.#fail(problemOf(error));
      return;
    }
    if (this.#capture !== capture || !this.isConnected) {
      capture.cancel();
      return;
    }
    this.phase = 'recording';
    this.elapsed = 0;
    this.#started = performance.now();
    this.#stopReason = 'user';
    this.#limitTimer = setTimeout(() => void this.stop('time'), this.maxSeconds * 1000);
    this.#frame = requestAnimationFrame(this.#tick);
    const name = this.#spoken.name;
    this.status = name
      ? msg(str`Tar opp på ${isolate(name)}. Trykk på Stopp når du er ferdig.`, { id: 'recorder.status.recording-in' })
      : msg('Tar opp. Trykk på Stopp når du er ferdig.', { id: 'recorder.status.recording' });
  }

  /** Stops recording; the take is then played back to review. While a stop is under way, resolves with it. */
  stop(reason: 'user' | 'time' | 'size' = 'user'): Promise<void> {
    const capture = this.#capture;
    if (this.phase !== 'recording' || !capture) return this.#stopping;
    return (this.#stopping = this.#stop(capture, reason));
  }

  /**
   * Keeps what the user recorded: stops a recording in progress, then saves the new take (fires
   * `vk-recording`). For the form around the recorder: its Save or Send keeps a take whose own
   * "Lagre opptaket" was not pressed, instead of dropping it with the form. True when a take was saved.
   * Says nothing of its own ("Opptaket er lagret." for a button not pressed, in a live region the form then
   * removes, over the form's own words): the form says what its Save or Send did, the take with it.
   */
  async finish(): Promise<boolean> {
    this.#finishing = true;
    try {
      await this.stop();
      return this.#save(true);
    } finally {
      this.#finishing = false;
    }
  }
  /** In `finish()`: a take stopped and saved there is not announced step by step. */
  #finishing = false;

  async #stop(capture: AudioCapture, reason: 'user' | 'time' | 'size'): Promise<void> {
    this.#stopReason = reason;
    this.#endCapture();
    this.phase = 'processing';
    let url: string;
    try {
      url = await toDataUrl(await capture.stop());
    } catch (error) {
      if (this.#capture === capture) this.#capture = undefined;
      this.#fail(problemOf(error));
      return;
    } finally {
      if (this.#capture === capture) this.#capture = undefined;
    }
    if (url.length > this.maxBytes) {
      this.#fail('too-large');
      return;
    }
    // Whole seconds as a player counts them (down: a 2.6 s take is "0:02" in Chromium's player, whose
    // length is the one written into the file), at least one; at the time limit, the limit.
    const seconds = Math.max(1, Math.floor(Math.min(this.maxSeconds * 1000, capture.milliseconds || performance.now() - this.#started) / 1000));
    this.take = { url, seconds };
    this.#setLength(url, seconds);
    this.phase = 'review';
    const length = this.#duration(seconds);
    const stopped =
      this.#stopReason === 'user'
        ? msg(str`Opptaket er ${length} langt. Hør på det, og lagre det.`, { id: 'recorder.status.stopped' })
        : msg(str`Opptaket stoppet ved ${length}, det lengste et opptak kan være. Hør på det, og lagre det.`, { id: 'recorder.status.limit' });
    // Stopped by finish(), which saves it next: no "hear it and save it".
    if (!this.#finishing) this.status = stopped;
    // The next step the status names: hear it. Focus on the player (Space plays it), "Lagre opptaket" the next Tab stop after it.
    this.#moveFocus('.take');
  }

  /** Saves the new take: fires `vk-recording` with its URL. True when it was saved (not cancelled). */
  save(): boolean {
    return this.#save(false);
  }

  #save(quiet: boolean): boolean {
    if (this.phase !== 'review' || !this.take) return false;
    const url = this.take.url;
    if (!this.#emit(url, this.#spoken.lang)) return false;
    this.take = null;
    this.phase = 'idle';
    this.status = quiet ? '' : msg('Opptaket er lagret.', { id: 'recorder.status.saved' });
    this.#moveFocus('.record');
    return true;
  }

  /**
   * Escape while recording (or waiting for the microphone) cancels that, and only that (contract
   * §2: Escape cancels the gesture in progress): the take is thrown away, the microphone released,
   * the saved recording kept, and the form or popover around the recorder stays open — wherever
   * in it focus is (a field typed in while recording too). Focus moves to Record only from inside.
   */
  readonly #onKeydown = (event: Event): void => {
    if ((event as KeyboardEvent).key !== 'Escape' || (this.phase !== 'recording' && this.phase !== 'requesting')) return;
    event.preventDefault();
    event.stopPropagation();
    this.#cancelCapture();
    this.status = msg('Opptaket er avbrutt.', { id: 'recorder.status.cancelled' });
    this.#moveFocus('.record');
  };

  /**
   * The recorder is no longer shown while it has the microphone (`hidden` set on the widget, a tab
   * panel closed around it, a closed `<details>`; `visibility: hidden`, asked at each frame): its
   * Stop went out of sight with it, and the microphone must not record unseen. Recording stops as
   * if Stop had been pressed (the microphone released, the take under review, not saved: shown
   * again, the user hears it and decides); waiting for the microphone, nothing was recorded yet: cancelled.
   */
  readonly #hidden = (): void => {
    if (this.phase === 'recording') void this.stop();
    else if (this.phase === 'requesting') {
      this.#cancelCapture();
      this.status = msg('Opptaket er avbrutt.', { id: 'recorder.status.cancelled' });
    }
  };

  /** Throws the new take away; the current recording (if any) stays. */
  discard(): void {
    if (this.phase !== 'review') return;
    this.take = null;
    this.phase = 'idle';
    this.refused = false;
    this.status = msg('Det nye opptaket er forkastet.', { id: 'recorder.status.discarded' });
    this.#moveFocus('.record');
  }

  /** Removes the current recording: fires `vk-recording` with `url: null`. */
  removeRecording(): void {
    if (this.phase !== 'idle' || this.value === null) return;
    if (!this.#emit(null, this.lang)) return;
    this.status = msg('Opptaket er fjernet.', { id: 'recorder.status.removed' });
    this.#moveFocus('.record');
  }

  #setLength(url: string, seconds: number): void {
    // One new recording's length at a time besides the current one: a map that only grows would hold every take's URL.
    this.lengths = new Map([...this.lengths].filter(([known]) => known === this.value).concat([[url, seconds]]));
  }

  /** The element's own length of a recording, once it knows it (a host's file; a WebM once read through). */
  readonly #onDuration = (event: Event): void => {
    const audio = event.target as HTMLAudioElement;
    const url = audio.getAttribute('src');
    if (url && Number.isFinite(audio.duration) && audio.duration > 0 && !this.lengths.has(url)) this.#setLength(url, audio.duration);
  };

  /** The length shown beside a player, when known: whole seconds counted down as the player counts them, at least one (never "0:00" for a recording). */
  #length(url: string): TemplateResult | typeof nothing {
    const seconds = this.lengths.get(url);
    if (seconds === undefined) return nothing;
    const clock = isolate(this.#clock(Math.max(1, Math.floor(seconds))));
    // Read once, as the player's description (aria-describedby): hidden as text after it, which browse mode read again.
    return html`<span class="length" id="length" aria-hidden="true">${msg(str`Lengde: ${clock}`, { id: 'recorder.length' })}</span>`;
  }

  #emit(url: string | null, lang: string): boolean {
    const detail: VkRecordingDetail = { url, lang };
    const kept = this.dispatchEvent(new CustomEvent('vk-recording', { detail, bubbles: true, composed: true, cancelable: true }));
    if (kept) {
      this.#emitted = url;
      // A take kept in another language than the recorder's now (`lang` changed meanwhile) is that
      // language's recording, not the one this recorder shows (and would replace or remove).
      if (lang.toLowerCase() == this.lang.toLowerCase()) this.value = url;
    }
    // Not kept: the take stays under review (the recording stays), and the recorder says why in view.
    this.refused = !kept;
    return kept;
  }

  #fail(problem: Problem): void {
    this.#cancelCapture();
    this.problem = problem;
    this.status = '';
    this.#moveFocus('.record');
  }

  /** Throws a recording in progress away, releases the microphone, and goes back to idle. */
  #cancelCapture(): void {
    this.#endCapture();
    this.#capture?.cancel();
    this.#capture = undefined;
    this.phase = 'idle';
  }

  #endCapture(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#limitTimer);
    this.#limitTimer = undefined;
  }

  /** Each frame while recording: the level into the meter (a property, not a style), whole seconds into the time. */
  readonly #tick = (): void => {
    if (this.phase !== 'recording' || !this.#capture) return;
    if (!shown(this)) return this.#hidden();
    // The level meter, when drawn (a query, not Lit's `@query`: its code would load up front with every widget that imports lit/decorators).
    const meter = this.renderRoot.querySelector('meter');
    if (meter) meter.value = this.#capture.level();
    const seconds = Math.min(this.maxSeconds, Math.floor((performance.now() - this.#started) / 1000));
    if (seconds !== this.elapsed) this.elapsed = seconds;
    this.#frame = requestAnimationFrame(this.#tick);
  };

  // ----- rendering ----------------------------------------------------------------------------

  /** `m:ss` in the UI's digits, as every number a widget writes (core/digits.ts: Western in `ar`, Persian in `fa`, Arabic-Indic on an `ar-EG` page). */
  #clock(seconds: number): string {
    return uiDigits(`${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);
  }

  /**
   * A spoken length: "5 sekunder", by Intl where the browser has the UI language's data (ar
   * "ثانيتان", uk "2 секунди"). Chromium has none for ti, so and nn (`dateLocale` falls back to nb),
   * where a Tigrinya sentence said "2 sekunder": those use the UI strings' own unit.
   */
  #duration(seconds: number): string {
    const page = pageTextLocale(getLocale());
    const locale = dateLocale(page);
    if (locale !== 'nb' || baseLanguage(page) === 'nb') {
      try {
        return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
      } catch {
        // The UI strings' unit below.
      }
    }
    return isPluralOne(seconds) ? msg(str`${uiCount(seconds)} sekund`, { id: 'recorder.seconds.one' }) : msg(str`${uiCount(seconds)} sekunder`, { id: 'recorder.seconds' });
  }

  #problemText(problem: Problem): string {
    switch (problem) {
      case 'denied':
        return msg('Nettleseren fikk ikke lov til å bruke mikrofonen. Gi tillatelse til mikrofonen i nettleseren, og prøv igjen.', { id: 'recorder.error.denied' });
      case 'no-microphone':
        return msg('Fant ingen mikrofon. Koble til en mikrofon eller et hodesett, og prøv igjen.', { id: 'recorder.error.no-microphone' });
      case 'busy':
        return msg('Mikrofonen kan ikke brukes nå. Kanskje et annet program bruker den. Lukk det, og prøv igjen.', { id: 'recorder.error.busy' });
      case 'unsupported':
        return msg('Denne nettleseren kan ikke ta opp lyd. Prøv en annen nettleser.', { id: 'recorder.error.unsupported' });
      case 'too-large':
        return msg('Opptaket ble for stort. Ta opp et kortere opptak.', { id: 'recorder.error.too-large' });
      default:
        return msg('Opptaket mislyktes. Prøv igjen.', { id: 'recorder.error.failed' });
    }
  }

  #recordLabel(): string {
    if (this.phase === 'recording') return msg('Stopp opptaket', { id: 'recorder.stop' });
    if (this.take || this.value) return msg('Ta opp på nytt', { id: 'recorder.record-again' });
    // Language names isolated, as every name in a composed label: a tag the browser cannot name is shown as written (Latin in an Arabic sentence).
    return this.languageName ? msg(str`Ta opp på ${isolate(this.languageName)}`, { id: 'recorder.record-in' }) : msg('Ta opp', { id: 'recorder.record' });
  }

  protected override render(): TemplateResult {
    const ui = getLocale();
    const recording = this.phase === 'recording';
    const review = this.phase === 'review';
    const busy = this.phase === 'requesting' || this.phase === 'processing';
    const current = this.value !== null && isSafeAudioUrl(this.value) ? this.value : null;
    // Named after the language being recorded or under review, not one the widget switched to meanwhile.
    const name = this.phase === 'idle' ? this.languageName : this.#spoken.name;
    const group = name ? msg(str`Opptak på ${isolate(name)}`, { id: 'recorder.label-in' }) : msg('Opptak', { id: 'recorder.label' });
    // A problem found before anyone pressed record: say it up front.
    const problem = this.problem ?? (captureSupported() ? null : 'unsupported');
    return html`<div part="base" class="recorder" role="group" aria-label=${group} lang=${ui} dir=${directionOf(ui)}>
      ${problem
        ? html`<p part="message" class="message" role=${this.problem ? 'alert' : nothing}>${icon(warningIcon)}<span>${this.#problemText(problem)}</span></p>`
        : nothing}
      ${recording
        ? html`<div class="live">
            <span class="dot" aria-hidden="true"></span>
            <meter part="level" min="0" max="1" value="0" aria-label=${msg('Lydnivå', { id: 'recorder.level' })}></meter>
            <span class="time" id="time"
              >${msg(str`${isolate(this.#clock(this.elapsed))} av ${isolate(this.#clock(this.maxSeconds))}`, { id: 'recorder.elapsed' })}</span
            >
          </div>`
        : nothing}
      ${review && this.take
        ? html`<audio part="playback" class="take" controls preload="metadata" src=${this.take.url} aria-label=${msg('Nytt opptak', { id: 'recorder.new-take' })}
              aria-describedby=${this.lengths.has(this.take.url) ? 'length' : nothing}></audio>${this.#length(this.take.url)}`
        : current && !recording
          ? current === this.unplayable
            ? html`<p part="message" class="message unplayable">${icon(warningIcon)}<span>${msg('Opptaket kan ikke spilles av. Ta opp på nytt, eller fjern det.', { id: 'recorder.unplayable' })}</span></p>`
            : html`<audio part="playback" class="current" controls preload="metadata" src=${current} aria-label=${msg('Nåværende opptak', { id: 'recorder.current' })}
                  aria-describedby=${this.lengths.has(current) ? 'length' : nothing} @durationchange=${this.#onDuration} @error=${() => (this.unplayable = current)}></audio>${this.#length(current)}`
          : nothing}
      ${this.refused
        ? // The words the board announces (one id, so every UI locale has them); no role: said once, by the widget.
          html`<p part="message" class="message" id="refused">${icon(warningIcon)}<span>${msg('Opptaket kunne ikke lagres i planen.', { id: 'plan-board.announce.voice-failed' })}</span></p>`
        : nothing}
      <div class="controls">
        ${review ? html`<button type="button" class="save" aria-describedby=${this.refused ? 'refused' : nothing} @click=${() => this.save()}>${icon(saveIcon)}<span>${msg('Lagre opptaket', { id: 'recorder.save' })}</span></button>` : nothing}
        <button
          type="button"
          part="record-button"
          class="record"
          ?data-recording=${recording}
          aria-disabled=${busy || problem === 'unsupported' ? 'true' : nothing}
          aria-describedby=${recording ? 'time' : nothing}
          @click=${() => (recording ? void this.stop() : busy || problem === 'unsupported' ? undefined : void this.record())}
        >
          ${icon(recording ? stopIcon : recordIcon)}<span>${this.#recordLabel()}</span>
        </button>
        ${review
          ? html`<button type="button" class="discard" @click=${() => this.discard()}>${icon(removeIcon)}<span>${msg('Forkast det nye opptaket', { id: 'recorder.discard' })}</span></button>`
          : this.phase === 'idle' && this.value !== null
            ? html`<button type="button" class="remove" aria-describedby=${this.refused ? 'refused' : nothing} @click=${() => this.removeRecording()}>${icon(removeIcon)}<span>${msg('Fjern opptaket', { id: 'recorder.remove' })}</span></button>`
            : nothing}
      </div>
      <div class="vk-visually-hidden" role="status" aria-live="polite">${this.status}</div>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A take under review, for the widget's styles: its "Ingen stemme for … — ta opp en" beside the recorder hides while there is one.
    this.toggleAttribute('data-take', this.phase === 'review');
    this.#hadFocus = this.#containsFocus();
    // A recording the host changed (an undo restoring a removed one): "Opptaket er fjernet." no longer holds.
    // A refused removal no longer holds either; a refused take is still not saved, so its message stays.
    if (changed.has('value') && this.value !== this.#emitted) {
      this.status = '';
      if (!this.take) this.refused = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusAfterUpdate) {
      const selector = this.#focusAfterUpdate;
      this.#focusAfterUpdate = null;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    } else if (this.#hadFocus && !this.shadowRoot?.activeElement) {
      // The focused control went with a value or language the host changed (its "Fjern opptaket", the
      // recording gone): focus stays in the recorder, on Record, never on the page or the popover.
      this.renderRoot.querySelector<HTMLElement>('.record')?.focus();
    } else if (changed.has('phase')) {
      // The level and time appear above the record control when recording starts: keep the focused control in view (WCAG 2.4.11).
      (this.shadowRoot?.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** After the next render, focus `selector` — only if focus is in the recorder now (its button may go away). */
  #moveFocus(selector: string): void {
    if (this.#containsFocus()) this.#focusAfterUpdate = selector;
  }

  #containsFocus(): boolean {
    for (let node: Element | null | undefined = document.activeElement; node; node = node.shadowRoot?.activeElement) if (node === this) return true;
    return false;
  }
}

/** Defines `<vk-audio-recorder>` unless something already did; returns the tag. */
export function defineRecorder(): 'vk-audio-recorder' {
  if (!customElements.get('vk-audio-recorder')) customElements.define('vk-audio-recorder', VkAudioRecorder);
  return 'vk-audio-recorder';
}

/**
 * The recorder's tag, defined on import. An export (not a bare statement) on purpose: the package
 * marks only define.js as having side effects, and bundlers that trust that drop a bare
 * `customElements.define` from a lazily imported chunk — the element would never exist.
 */
export const recorderTag = defineRecorder();
