import 'server-only';

// Build time only: the list is read from node_modules and never reaches a browser bundle.
export { hskLevel } from './level';
export { HSK_LIST } from './list';
export { articleDifficulty, READING_SPEED_CPM, type Difficulty } from './difficulty';
