// The paraphrase variant's rewrites on hand-written sentences: each keeps the sentence
// true, and labels, dates and times that must not change are left alone.
import { describe, expect, it } from 'vitest';

type Paraphrase = (sentence: string, options?: { seed?: number; sourcesText?: string }) => string;
const { paraphrase } = (await import('../../examples/app/paraphrase.mjs' as string)) as { paraphrase: Paraphrase };

describe('paraphrase rewrites', () => {
  it.each([
    // clause order
    ['In 2024, the plant produced 900 tonnes of steel.', 'The plant produced 900 tonnes of steel in 2024.'],
    ['Wildfires burned 40 square kilometres of forest in 2021.', 'In 2021, wildfires burned 40 square kilometres of forest.'],
    ['If the alarm sounds, staff must leave the building.', 'Staff must leave the building if the alarm sounds.'],
    // possessive
    ['The opening fee of the Alder Gym is $30.', "The Alder Gym's opening fee is 30 dollars."],
    // numbers, units, percent, thousands, dates
    ['The cable is 12 km long and weighs 4,000 kg.', 'The cable is twelve kilometres long and weighs 4000 kilograms.'],
    ['Take 5 mg per kg of body weight.', 'Take five milligrams per kilogram of body weight.'],
    ['The kit holds one battery and two spare fuses.', 'The kit holds 1 battery and 2 spare fuses.'],
    ['Rents rose by 7% a year.', 'Rents increased by seven per cent annually.'],
    ['The fee is due on 14 March 2025 and again on 1 June.', 'The fee is due on March 14, 2025 and again on June 1.'],
    ['Exposure rose 2.3-fold.', 'Exposure rose 2.3 times.'],
    ['The dividend is $0.23 per share.', 'The dividend is 23 cents per share.'],
    // whole multiples into the larger unit
    ['Report it within 48 hours.', 'Report it within two days.'],
    ['Tokens expire 3,600 seconds after they are issued.', 'Tokens expire one hour after they are issued.'],
    ['The cap is the fees paid in the 12 months before the claim.', 'The cap is the fees paid in the year before the claim.'],
    // synonyms and contractions
    ['The account does not have enough money.', "The account doesn't have sufficient money."],
    ['No more than 3 fees are charged per day.', 'At most three fees are charged a day.'],
    ['Give at least 90 days of notice.', 'Give a minimum of 90 days of notice.'],
    ['Margins were 6% compared with 4% a year earlier.', 'Margins were six per cent as against four per cent the year before.'],
  ])('%s', (sentence, expected) => {
    expect(paraphrase(sentence, { seed: 0, sourcesText: 'wildfires are common' })).toBe(expected);
  });

  it.each([
    'Support for version 3 ends in March.',
    'Error E-4012 on the GB-7 unit means the sensor failed.',
    'Quiet hours are from 10 pm to 7 am.',
    'Give a single 0.5 mL dose.',
    'Unit 4B has 3.5 rooms.',
  ])('leaves labels, clock times and adjectival units alone: %s', (sentence) => {
    expect(paraphrase(sentence, { seed: 0 })).toBe(sentence);
  });

  it('keeps a name capitalised when a clause moves behind the year', () => {
    expect(paraphrase('Marlow Clinic opened a second site in 2019.', { seed: 0, sourcesText: 'Marlow Clinic' })).toBe(
      'In 2019, Marlow Clinic opened a second site.',
    );
  });

  it('is deterministic, and the seed picks among wordings', () => {
    const sentence = 'Turnout was 62% in 2020.';
    expect(paraphrase(sentence, { seed: 7 })).toBe(paraphrase(sentence, { seed: 7 }));
    const wordings = new Set([0, 1].map((seed) => paraphrase('The fee rose by 5%.', { seed })));
    expect(wordings).toEqual(new Set(['The fee increased by five per cent.', 'The fee went up by five percent.']));
  });
});
