import { getInput } from '@actions/core';
import { parse } from 'yaml';
console.log(parse('a: 1'), typeof getInput);
