import { layoutMatrix } from './layout-matrix.js';

layoutMatrix('ti', { textSpacing: true });
