/**
 * `veikart/react/step-tracker`: the `StepTracker` React component alone. Importing it registers
 * `<vk-step-tracker>` and no other tag, so a bundler leaves the other widgets out (`veikart/react`
 * registers all four).
 * @example import { StepTracker } from 'veikart/react/step-tracker';
 */
import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
import { defineElement } from '../registry.js';
import { VkStepTracker } from '../step-tracker/step-tracker.js';
import type { StepsDocument, StepsOperation } from '../step-tracker/step-tracker.types.js';
import { events, type WithJsonValue } from './component.js';
export type * from './jsx.js';
export type { WithJsonValue } from './component.js';
// The document and events' types, as `veikart/step-tracker` exports them (type-only: no bytes).
export type * from '../step-tracker/index.js';

defineElement('vk-step-tracker', VkStepTracker);

/** `<vk-step-tracker>` as a React component. */
export const StepTracker = createComponent({ react: React, tagName: 'vk-step-tracker', elementClass: VkStepTracker, events: events<StepsDocument, StepsOperation>(), displayName: 'StepTracker' }) as WithJsonValue<ReactWebComponent<VkStepTracker, ReturnType<typeof events<StepsDocument, StepsOperation>>>, StepsDocument>;
