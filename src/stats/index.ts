export { wilsonInterval, type Interval } from './wilson.js';
export { normalCdf, normalSf, normalQuantile, normalIsf } from './normal.js';
