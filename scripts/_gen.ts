import { generateCorpus } from '../bench/corpus.ts';
console.log(generateCorpus(process.argv[2]!, Number(process.argv[3])));
