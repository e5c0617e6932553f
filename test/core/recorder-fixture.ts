import { fixture, html } from '@open-wc/testing';
import type { VkAudioRecorder } from '../../src/core/recorder.js';

/** A recorder for `lang`, named `name` in its labels, that stops itself after one second (Chromium's fake microphone). */
export async function mountRecorder(lang: string, name: string): Promise<VkAudioRecorder> {
  await import('../../src/core/recorder.js');
  return fixture<VkAudioRecorder>(html`<vk-audio-recorder lang=${lang} language-name=${name} max-seconds="1"></vk-audio-recorder>`);
}

/** The first element in the recorder's shadow root matching `selector`, or null. */
export const part = <T extends Element = HTMLElement>(el: VkAudioRecorder, selector: string): T | null => el.shadowRoot?.querySelector<T>(selector) ?? null;

/** The recorder group's accessible name ("Opptak på ⁨tigrinja⁩"). */
export const group = (el: VkAudioRecorder): string | null | undefined => part(el, '[part=base]')?.getAttribute('aria-label');

/** `name` between Unicode isolate marks (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), as the labels put a language name. */
export const isolated = (name: string): string => `\u2068${name}\u2069`;
