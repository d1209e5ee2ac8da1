/** tracemalloc's `_format_size` (Lib/tracemalloc.py): the model's, with C printf rounding. */
export { formatSize } from '../runtime/tracemalloc/index.js';
