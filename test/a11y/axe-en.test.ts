import { axeMatrix } from './axe-matrix.js';

axeMatrix('en');
