/** Public surface of the homework feature: the chart tab, the note templates' homework-review block and the hooks. */
export { homeworkFeature } from './feature';
export { HomeworkSection } from './components/HomeworkSection';
export { HomeworkReviewBlock } from './components/HomeworkReviewBlock';
export { useClientHomework, type ClientHomework } from './useHomework';
export { useHomeworkActions, type HomeworkActions } from './useHomeworkActions';
