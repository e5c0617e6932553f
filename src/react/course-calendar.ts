/**
 * `veikart/react/course-calendar`: the `CourseCalendar` React component alone. Importing it registers
 * `<vk-course-calendar>` and no other tag, so a bundler leaves the other widgets out (`veikart/react`
 * registers all four).
 * @example import { CourseCalendar } from 'veikart/react/course-calendar';
 */
import * as React from 'react';
import { createComponent, type ReactWebComponent, type EventName } from '@lit/react';
import { defineElement } from '../registry.js';
import { VkCourseCalendar } from '../course-calendar/course-calendar.js';
import type { ScheduleDocument, ScheduleOperation } from '../course-calendar/course-calendar.types.js';
import { events, type WithJsonValue } from './component.js';
import type { VkRangeChangeEvent } from '../core/events.js';
export type * from './jsx.js';
export type { WithJsonValue } from './component.js';
// The document and events' types, as `veikart/course-calendar` exports them (type-only: no bytes).
export type * from '../course-calendar/index.js';

defineElement('vk-course-calendar', VkCourseCalendar);

/** `<vk-course-calendar>` as a React component; also `onVkRangeChange`. */
export const CourseCalendar = createComponent({
  react: React,
  tagName: 'vk-course-calendar',
  elementClass: VkCourseCalendar,
  events: { ...events<ScheduleDocument, ScheduleOperation>(), onVkRangeChange: 'vk-range-change' as EventName<VkRangeChangeEvent> },
  displayName: 'CourseCalendar',
}) as WithJsonValue<ReactWebComponent<VkCourseCalendar, ReturnType<typeof events<ScheduleDocument, ScheduleOperation>> & { onVkRangeChange: EventName<VkRangeChangeEvent> }>, ScheduleDocument>;
