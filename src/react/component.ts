/**
 * What the React wrappers (`veikart/react`, `veikart/react/<widget>`) share: the event props and
 * the `value` prop's type. Registers nothing.
 */
import type * as React from 'react';
import type { EventName } from '@lit/react';
import type { VkChangeEvent, VkErrorEvent, VkOpenEvent } from '../core/events.js';

/**
 * A wrapper component whose `value` prop also takes the document's JSON text, as the element's
 * `value` property does (the props @lit/react derives read the property's getter type: the
 * document only).
 */
export type WithJsonValue<C, Doc> = C extends React.ForwardRefExoticComponent<infer P> ? React.ForwardRefExoticComponent<Omit<P, 'value'> & { value?: Doc | string | null }> : never;

/**
 * The React prop → DOM event names shared by every widget. `onChange` is the widget's own `change`
 * event (after an edit that was not cancelled): React 18 never attaches `onChange` to a custom
 * element, so without this mapping it would be silently ignored there (React 19 would attach it).
 */
export function events<Doc, Op>() {
  return {
    onVkChange: 'vk-change' as EventName<VkChangeEvent<Doc, Op>>,
    onVkError: 'vk-error' as EventName<VkErrorEvent>,
    onVkOpen: 'vk-open' as EventName<VkOpenEvent>,
    onChange: 'change' as EventName<Event>,
  };
}
