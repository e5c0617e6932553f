/**
 * `veikart/react/task-ladder`: the `TaskLadder` React component alone. Importing it registers
 * `<vk-task-ladder>` and no other tag, so a bundler leaves the other widgets out (`veikart/react`
 * registers all four).
 * @example import { TaskLadder } from 'veikart/react/task-ladder';
 */
import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
import { defineElement } from '../registry.js';
import { VkTaskLadder } from '../task-ladder/task-ladder.js';
import type { LadderDocument, LadderOperation } from '../task-ladder/task-ladder.types.js';
import { events, type WithJsonValue } from './component.js';
export type * from './jsx.js';
export type { WithJsonValue } from './component.js';
// The document and events' types, as `veikart/task-ladder` exports them (type-only: no bytes).
export type * from '../task-ladder/index.js';

defineElement('vk-task-ladder', VkTaskLadder);

/** `<vk-task-ladder>` as a React component. */
export const TaskLadder = createComponent({ react: React, tagName: 'vk-task-ladder', elementClass: VkTaskLadder, events: events<LadderDocument, LadderOperation>(), displayName: 'TaskLadder' }) as WithJsonValue<ReactWebComponent<VkTaskLadder, ReturnType<typeof events<LadderDocument, LadderOperation>>>, LadderDocument>;
