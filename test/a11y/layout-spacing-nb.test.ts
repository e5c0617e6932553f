import { layoutMatrix } from './layout-matrix.js';

layoutMatrix('nb', { textSpacing: true });
