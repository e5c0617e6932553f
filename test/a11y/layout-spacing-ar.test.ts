import { layoutMatrix } from './layout-matrix.js';

layoutMatrix('ar', { textSpacing: true });
