/**
 * The components guides and questions may use in MDX, passed to every `<Content components={…} />`
 * so authors never import them by hand.
 */
import AnswerCompare from './AnswerCompare.astro';
import Callout from './Callout.astro';
import Checklist from '../Checklist.astro';
import SalaryCalculator from '../GuideSalaryCalculator.astro';
import QuickVersion from './QuickVersion.astro';
import SayThis from './SayThis.astro';
import SourceNote from './SourceNote.astro';
import StrongAnswer from './StrongAnswer.astro';
import WeakAnswer from './WeakAnswer.astro';

export { AnswerCompare, Callout, Checklist, QuickVersion, SalaryCalculator, SayThis, SourceNote, StrongAnswer, WeakAnswer };

/** The map handed to MDX content. */
export const mdxComponents = { AnswerCompare, Callout, Checklist, QuickVersion, SalaryCalculator, SayThis, SourceNote, StrongAnswer, WeakAnswer };
