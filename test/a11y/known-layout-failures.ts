/**
 * Split words measured on main at the time this test was written (2026-11-30, before the widget
 * fixes for issue 9 landed), by story → UI locale → container widths. Listed here, explicitly, so
 * the no-split-words test covers everything that passes without hiding what does not: for these
 * combinations the split words are printed to the test log (and listed in the a11y report), while
 * overflow and page scrolling are still asserted. Any split word anywhere else fails the test.
 *
 * The widget helpers are fixing these; when a fix lands, the test log says `now passes: remove`
 * for each entry that no longer splits — delete it here so the rule is enforced there too.
 */
export const knownSplitWords: Record<string, Partial<Record<'nb' | 'ar', number[]>>> = {
  'course-calendar--disabled': { ar: [320, 480], nb: [320, 480] },
  'course-calendar--easter': { ar: [320, 480], nb: [320, 480] },
  'course-calendar--many-sessions-on-one-day': { ar: [320, 480], nb: [320, 480] },
  'course-calendar--many-sessions-on-one-day-week': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'course-calendar--month': { ar: [320, 480], nb: [320, 480] },
  'course-calendar--narrow320': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'course-calendar--readonly': { ar: [320, 480], nb: [320, 480] },
  'course-calendar--right-to-left': { ar: [320, 480], nb: [320, 480] },
  'course-calendar--right-to-left-week': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'course-calendar--week': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'plan-board--adviser-aminas-week': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'plan-board--disabled': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'plan-board--many-cards': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'plan-board--print-preview': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'plan-board--readonly': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'plan-board--right-to-left-page': { ar: [320, 480, 720, 1100], nb: [320, 480, 720, 1100] },
  'step-tracker--all-done': { nb: [1100] },
  'step-tracker--disabled': { nb: [1100] },
  'step-tracker--every-status': { nb: [1100] },
  'step-tracker--horizontal': { ar: [320, 480], nb: [320, 480, 720, 1100] },
  'step-tracker--midway': { nb: [1100] },
  'step-tracker--preset': { nb: [1100] },
  'step-tracker--readonly': { nb: [1100] },
};
