import type { ValidationIssue } from './types.js';

/** Where an edit came from. */
export type ChangeSource = 'user' | 'undo' | 'redo';

/** `vk-change`: the user made an edit. Cancelable: `preventDefault()` reverts it. */
export interface VkChangeDetail<Doc = unknown, Op = unknown> {
  value: Doc;
  operation: Op;
  source: ChangeSource;
}

export const errorCodes = ['invalid-json', 'invalid-document', 'unsupported-version'] as const;
export type VkErrorCode = (typeof errorCodes)[number];

/** `vk-error`: a value was rejected; the widget kept its last valid document. */
export interface VkErrorDetail {
  code: VkErrorCode;
  message: string;
  issues: ValidationIssue[];
}

export const openKinds = ['card', 'step', 'task', 'session'] as const;
/** `vk-open`: the user opened an item's details. */
export interface VkOpenDetail {
  kind: (typeof openKinds)[number];
  id: string;
}

/** `vk-range-change`: the calendar's visible range (ISO dates, `end` exclusive). */
export interface VkRangeChangeDetail {
  view: 'month' | 'week' | 'agenda';
  start: string;
  end: string;
}

export type VkChangeEvent<Doc = unknown, Op = unknown> = CustomEvent<VkChangeDetail<Doc, Op>>;
export type VkErrorEvent = CustomEvent<VkErrorDetail>;
export type VkOpenEvent = CustomEvent<VkOpenDetail>;
export type VkRangeChangeEvent = CustomEvent<VkRangeChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'vk-change': VkChangeEvent;
    'vk-error': VkErrorEvent;
    'vk-open': VkOpenEvent;
    'vk-range-change': VkRangeChangeEvent;
  }
}

/** Dispatches a bubbling, composed CustomEvent; returns false when a listener cancelled it. */
export function emit<T>(target: EventTarget, type: string, detail?: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * The events of a widget whose documents are `Doc` and operations `Op`: `vk-change` carries that
 * widget's own document and operation types.
 */
export interface VkElementEventMap<Doc = unknown, Op = unknown> extends HTMLElementEventMap {
  'vk-change': VkChangeEvent<Doc, Op>;
  'vk-error': VkErrorEvent;
  'vk-open': VkOpenEvent;
  'vk-range-change': VkRangeChangeEvent;
}

// Typed listeners on every widget: `planBoard.addEventListener('vk-change', (e) =>
// e.detail.operation.type)` sees PlanOperation, with no cast. (An interface merged into the
// VkElement class; the HTMLElement overloads are repeated because a member declared here hides
// the inherited ones.)
declare module './vk-element.js' {
  interface VkElement<Doc, Op> {
    addEventListener<K extends keyof VkElementEventMap<Doc, Op>>(type: K, listener: (this: this, event: VkElementEventMap<Doc, Op>[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof VkElementEventMap<Doc, Op>>(type: K, listener: (this: this, event: VkElementEventMap<Doc, Op>[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}
