/**
 * `veikart/course-calendar`: registers `<vk-course-calendar>` only (no other Veikart tag) and exports its class, model
 * functions and types. Side-effect-free twin: `veikart/course-calendar/class`.
 * @example import 'veikart/course-calendar';
 */
import { defineElement } from '../registry.js';
import { VkCourseCalendar } from './course-calendar.js';

defineElement('vk-course-calendar', VkCourseCalendar);

export * from './index.js';
