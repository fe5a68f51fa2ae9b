import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateFr, parseDateFr } from '../../src/model/dates.js';

test('French dates: formatted as the site writes them, and read back', () => {
  assert.equal(formatDateFr('2020-08-28'), '28 août 2020');
  assert.equal(formatDateFr('2021-09-01'), '1er septembre 2021');
  for (const iso of ['2020-08-28', '2021-09-01', '2019-10-02', '2021-12-31']) assert.equal(parseDateFr(formatDateFr(iso)), iso);
  assert.equal(parseDateFr(' 2 Octobre 2019 '), '2019-10-02');
  for (const bad of ['28 aout 2020', '2020-08-28', '32 août 2020', 'août 2020', '']) assert.equal(parseDateFr(bad), undefined, bad);
});
