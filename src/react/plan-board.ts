/**
 * `veikart/react/plan-board`: the `PlanBoard` React component alone. Importing it registers
 * `<vk-plan-board>` and no other tag, so a bundler leaves the other widgets out (`veikart/react`
 * registers all four).
 * @example import { PlanBoard } from 'veikart/react/plan-board';
 */
import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
import { defineElement } from '../registry.js';
import { VkPlanBoard } from '../plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../plan-board/plan-board.types.js';
import { events, type WithJsonValue } from './component.js';
export type * from './jsx.js';
export type { WithJsonValue } from './component.js';
// The document and events' types, as `veikart/plan-board` exports them (type-only: no bytes).
export type * from '../plan-board/index.js';

defineElement('vk-plan-board', VkPlanBoard);

/** `<vk-plan-board>` as a React component. */
export const PlanBoard = createComponent({ react: React, tagName: 'vk-plan-board', elementClass: VkPlanBoard, events: events<PlanDocument, PlanOperation>(), displayName: 'PlanBoard' }) as WithJsonValue<ReactWebComponent<VkPlanBoard, ReturnType<typeof events<PlanDocument, PlanOperation>>>, PlanDocument>;
