import { layoutMatrix } from './layout-matrix.js';

layoutMatrix('uk', { textSpacing: true });
