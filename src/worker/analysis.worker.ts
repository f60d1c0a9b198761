// The analysis Web Worker: holds the dataset and its index, answers small queries (Comlink).
import * as Comlink from 'comlink';
import { createAnalysis } from '../core/analysis/api';
import { decodeBundle } from '../core/data/bundle';

Comlink.expose(createAnalysis(decodeBundle));
