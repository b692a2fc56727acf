import { describe, expect, it } from 'vitest';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { tokenize } from '../../src/evaluate/judges/text.js';
import { align } from '../../src/evaluate/judges/features.js';
import { indexSources } from '../../src/evaluate/judges/sources.js';
import { analyzeQuestion } from '../../src/evaluate/judges/question.js';
import { evaluateCases, FORBIDDEN_MIN_SCORE } from '../../src/evaluate/evaluate.js';
import { HYBRID_DEFAULTS } from '../../src/evaluate/judges/hybrid.js';
import type { JudgeRequest } from '../../src/evaluate/types.js';
import type { GoldenCase } from '../../src/golden/types.js';
import type { AppResponse, ResponseSet } from '../../src/responses/types.js';

// Sources written for these tests: a fictional lake, two fictional ferries, a shop.
const LAKE = {
  id: 'L',
  text:
    'Lake Corrin lies in the Harlow Valley. The survey team measured its depth at 100 metres in 2019. ' +
    'The nearby village of Esk holds a market every Tuesday at 8 a.m.',
};
const FERRIES = {
  id: 'F',
  text: 'The Morven Ferry began service in 1962 and carries 40 cars. The Islay Star began service in 1987 and carries 120 cars.',
};
const SHOP = {
  id: 'S',
  text: 'Orders ship within two days. We do not ship to P.O. boxes. The router supports the 2.4 GHz band only. Returns are accepted for 18 months.',
};

const judge = createDeterministicJudge();
const ask = (claim: string, question = '', sources = [LAKE, FERRIES, SHOP]): JudgeRequest => ({ key: claim, question, claim, sources });
const verdictOf = (claim: string, question = '', sources = [LAKE, FERRIES, SHOP]) => judge.judgeOne(ask(claim, question, sources));

describe('deterministic judge: the question is a premise', () => {
  it('never counts the names and numbers of the question against a short answer', () => {
    const result = verdictOf('100 metres', 'In the 2019 Ardent Lakes Project, how deep was Lake Corrin in the Harlow Valley?', [LAKE]);
    expect(result.verdict).toBe('supported');
  });

  it('still checks what the answer adds', () => {
    const result = verdictOf('250 metres', 'In the 2019 Ardent Lakes Project, how deep was Lake Corrin?', [LAKE]);
    expect(result.verdict).not.toBe('supported');
    expect(result.reason).toMatch(/250/);
  });

  it('checks what the answer adds on its own, however much of the question it restates', () => {
    const question = 'In 2019 the survey team measured the depth of Lake Corrin in the Harlow Valley with what?';
    const answer = 'In 2019 the survey team measured the depth of Lake Corrin in the Harlow Valley with sonar.';
    // Nine words of ten are in the sources; the one the answer adds is not.
    expect(align(answer, indexSources([LAKE]), analyzeQuestion(question)).features.answerCoverage).toBe(0);
    const result = verdictOf(answer, question, [LAKE]);
    expect(result.verdict).not.toBe('supported');
    expect(result.reason).toMatch(/sonar/);
    const right = align('Lake Corrin lies in the Harlow Valley.', indexSources([LAKE]), analyzeQuestion('Which valley does Lake Corrin lie in?'));
    expect(right.features.answerCoverage).toBe(1);
    expect(verdictOf('Lake Corrin lies in the Harlow Valley.', 'Which valley does Lake Corrin lie in?', [LAKE]).verdict).toBe('supported');
  });

  describe('but not the proposition a "yes" answers', () => {
    const plans = [{ id: 'P', text: 'The Silver plan covers hospital stays and eye care. The Gold plan also covers physiotherapy.' }];

    it('checks what "yes" claims, said again or not', () => {
      const bare = verdictOf('Yes.', 'Does the Silver plan cover dental care?', plans);
      expect(bare.verdict).toBe('unsupported');
      expect(bare.reason).toBe('"Yes" affirms what the sources never mention: "dental"');
      const said = verdictOf('Yes, the Silver plan covers dental care.', 'Does the Silver plan cover dental care?', plans);
      expect(said.verdict).toBe('unsupported');
      expect(said.reason).toBe('the answer speaks of what the question asks and the sources never mention: "dental"');
    });

    it('judges a "yes" that goes on in its own words by those words, not by the question\'s', () => {
      const settings = [{ id: 'U', text: 'Owners can turn automatic updates off in the app under Settings > System.' }];
      // "stop" is the question's word, which the sources never use; the answer says "turn off".
      const result = verdictOf('Yes, you can turn automatic updates off in the app, under Settings > System.', 'Can I stop automatic updates?', settings);
      expect(result.verdict).toBe('supported');
      expect(verdictOf('Yes.', 'Can I stop automatic updates?', settings).verdict).toBe('unsupported');
    });

    it('takes no "-ing" word of the question for a thing the sources must name ("by paying yearly")', () => {
      const billing = [{ id: 'B', text: 'Annual billing saves 20% on either plan.' }];
      expect(verdictOf('Yes, paying annually saves 20 percent.', 'Can I save by paying yearly?', billing).verdict).toBe('supported');
    });

    it('takes a word of the question the sources write in another form ("cancel", "cancellations") for one they mention', () => {
      const terms = [{ id: 'T', text: 'Cancellations made 48 hours before pick-up are free.' }];
      expect(verdictOf('Yes, you can cancel for free 48 hours before pick-up.', 'Can I cancel for free?', terms).verdict).toBe('supported');
      expect(verdictOf('Yes, you can cancel for free.', 'Can I cancel for free?', [{ id: 'U', text: 'Changes made 48 hours before pick-up are free.' }]).verdict).toBe('unsupported');
    });

    it('checks a sentence answer to a yes-or-no question as the proposition it says, with or without "yes"', () => {
      for (const answer of ['The Silver plan covers dental care.', 'No, the Silver plan does not cover dental care.']) {
        const result = verdictOf(answer, 'Does the Silver plan cover dental care?', plans);
        expect(result.verdict).toBe('unsupported');
        expect(result.reason).toBe('the answer speaks of what the question asks and the sources never mention: "dental"');
      }
      expect(verdictOf('The Silver plan covers eye care.', 'Does the Silver plan cover eye care?', plans).verdict).toBe('supported');
    });

    it('supports a plain "yes" the sources bear out, whatever small words follow it', () => {
      for (const answer of ['Yes.', 'Yes, it does.']) {
        const result = verdictOf(answer, 'Does the Gold plan cover physiotherapy?', plans);
        expect(result.verdict).toBe('supported');
        expect(result.reason).toMatch(/^"Yes" says that the Gold plan cover physiotherapy; 100% of content words/);
      }
      expect(verdictOf('No.', 'Does the Gold plan cover physiotherapy?', plans).verdict).not.toBe('supported');
    });
  });

  it('does not support a sentence that only repeats the question', () => {
    const result = verdictOf('The survey team measured how deep Lake Corrin is.', 'How deep did the survey team measure Lake Corrin?', [LAKE]);
    expect(result.verdict).not.toBe('supported');
    expect(result.reason).toBe('the answer repeats the question and adds nothing to check');
  });

  describe('is a premise as it is worded', () => {
    const college = [{ id: 'C', text: 'Tom Esk studied at Harlow College. Harlow College was founded by Mara Venn in 1382.' }];
    const question = 'Who founded the college attended by Tom Esk?';

    it('checks two of its words that the answer puts together anew', () => {
      expect(align('Tom Esk founded Harlow College.', indexSources(college), analyzeQuestion(question)).rearranged).toEqual(['esk', 'found']);
      // The sentence that says "founded" says it of Mara Venn: that reason comes first.
      const result = verdictOf('Tom Esk founded Harlow College.', question, college);
      expect(result.verdict).toBe('contradicted');
      expect(result.reason).toBe('the claim says "Tom Esk founded"; the matching sentence says "founded by Mara Venn"');
      expect(verdictOf('It was Tom Esk who founded Harlow College.', question, college).verdict).toBe('contradicted');
      // A lone surname opening the sentence names no doer: the wording check gives the reason.
      const surname = verdictOf('Esk founded Harlow College.', question, college);
      expect(surname.verdict).toBe('unsupported');
      expect(surname.reason).toBe('the answer puts "Esk" with "founded", which neither the question nor the sources do');
      expect(verdictOf('Harlow College was founded by Mara Venn.', question, college).verdict).toBe('supported');
      expect(verdictOf('Harlow College, attended by Tom Esk, was founded by Mara Venn.', question, college).verdict).toBe('supported');
    });

    it('takes the word of a "how" phrase for the question\'s asking, not for its content ("for as long as")', () => {
      const kettle = [{ id: 'K', text: 'The kettle keeps water warm for up to 30 minutes.' }];
      const answer = 'It keeps water warm for as long as half an hour.';
      expect(align(answer, indexSources(kettle), analyzeQuestion('How long does the kettle keep water warm?')).rearranged).toBeUndefined();
      expect(verdictOf(answer, 'How long does the kettle keep water warm?', kettle).verdict).toBe('supported');
    });

    it('reads a possessive as the phrase it restates ("the card\'s fee" for "the fee of the card")', () => {
      const card = [{ id: 'K', text: 'The annual fee of the Esk Rewards card is $95, waived for the first year.' }];
      expect(verdictOf("The Esk Rewards card's annual fee is 95 dollars.", 'What is the annual fee of the Esk Rewards card?', card).verdict).toBe('supported');
    });
  });
});

describe('deterministic judge: numbers and names agree with the matching sentence', () => {
  it('flags a number taken from another sentence', () => {
    // "8" is in the sources (8 a.m.), but not where the survey and the depth are.
    const result = verdictOf('The survey team measured a depth of 8 metres in 2019.', '', [LAKE]);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toMatch(/another part of the sources|matching sentence says/);
  });

  it('says which value the matching sentence gives', () => {
    const result = verdictOf('The router supports the 5 GHz band.', '', [SHOP]);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toMatch(/5 GHz/);
    expect(result.reason).toMatch(/2\.4 GHz/);
  });

  it('gives the matching sentence\'s numbers of the same kind as the claim\'s', () => {
    const clause = [{ id: 'K', text: '4.1 Late payments carry interest at 1.5% per month, for up to 90 days.' }];
    expect(verdictOf('4.1 Late payments carry interest at 3% per month.', '', clause).reason).toBe('number 3% is not in the sources; the matching sentence says 1.5%');
    expect(verdictOf('The Morven Ferry began service in 1965.', '', [FERRIES]).reason).toBe('number 1965 is not in the sources; the matching sentence says 1962');
  });

  it('reads "a trillion" as a number, which must agree with the sources', () => {
    const valued = [{ id: 'C', text: 'The shop was valued at $1.7 billion in 2015.' }];
    const result = verdictOf('The shop was valued at a trillion dollars in 2015.', '', valued);
    expect(result.verdict).not.toBe('supported');
    expect(result.reason).toMatch(/a trillion/);
  });

  it('flags a claim about one thing built from what a sentence says of another', () => {
    const result = verdictOf('The Morven Ferry carries 120 cars.', '', [FERRIES]);
    expect(result.verdict).not.toBe('supported');
  });

  it('contradicts an amount the sentence says of something else, where the claim\'s word has another', () => {
    const clause = [{ id: 'C', text: 'The restriction applies for 12 months after the job ends, within 50 miles of any office where the employee worked in the last 2 years.' }];
    const result = verdictOf('The restriction applies for 24 months.', '', clause);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim says "applies for 24 months"; the matching sentence says "applies for 12 months"');
    expect(verdictOf('The restriction applies for 12 months.', '', clause).verdict).toBe('supported');
    // Amounts soon after the word are said of it too: "cost $40 each, or $300 for a pack of ten".
    const packs = [{ id: 'P', text: 'Sessions cost $40 each, or $300 for a pack of ten.' }];
    expect(verdictOf('A pack of ten sessions costs $300.', '', packs).verdict).toBe('supported');
    // An amount with the same words after it is said of them: "…, compared with 3.1% of patients taking placebo".
    const trial = [{ id: 'T', text: 'Dizziness occurred in 8.4% of patients taking Velmora, compared with 3.1% of patients taking placebo.' }];
    expect(verdictOf('Dizziness occurred in 3.1% of patients taking placebo.', '', trial).verdict).toBe('supported');
  });

  describe('a number that names a model ("Brisa 500")', () => {
    const kettles = [
      { id: 'K1', text: 'The Brisa 300 kettle holds 1.7 litres and boils in four minutes.' },
      { id: 'K2', text: 'The Brisa 500 kettle holds 1.2 litres and keeps water warm for 30 minutes.' },
    ];

    it('contradicts what the sentence of another model says, even with the model given by the question', () => {
      const result = verdictOf('The Brisa 500 holds 1.7 litres.', 'How much water does the Brisa 500 hold?', kettles);
      expect(result.verdict).toBe('contradicted');
      expect(result.reason).toBe('the claim speaks of "Brisa 500"; the matching sentence, of "Brisa 300"');
      expect(verdictOf('The Brisa 500 holds 1.2 litres.', 'How much water does the Brisa 500 hold?', kettles).verdict).toBe('supported');
    });

    it('reads the model as part of a name where a claim fuses two sentences', () => {
      const result = verdictOf('The Brisa 300 holds 1.7 litres, against 1.2 litres for the Brisa 500.', '', kettles);
      expect(result.verdict).toBe('supported');
    });

    it('reads "Its" as the model the sentence before names', () => {
      const washers = [{ id: 'W', text: 'The Vela 2 has a 40-litre drum. The Vela 3 adds a steam mode. Its motor is rated at 900 watts.' }];
      const result = verdictOf('The Vela 2 motor is rated at 900 watts.', '', washers);
      expect(result.verdict).toBe('contradicted');
      expect(result.reason).toBe('the claim speaks of "Vela 2"; the matching sentence, of "Vela 3"');
      expect(verdictOf('The Vela 3 motor is rated at 900 watts.', '', washers).verdict).toBe('supported');
    });

    it('takes no day of a month for a model', () => {
      const text = 'The Brisa 500 went on sale on June 5 in Lyon.';
      expect(align('The Brisa 500 went on sale on June 7 in Lyon.', indexSources([{ id: 'D', text }])).thingSwap).toBeUndefined();
    });
  });

  describe('a list longer than the one the matching sentence gives', () => {
    const rooms = [{ id: 'R', text: 'Every room has a desk, a wardrobe and a kettle. Suites also have a sofa and a balcony.' }];

    it('marks the item the claim adds from another sentence', () => {
      const result = verdictOf('Every room has a desk, a wardrobe, a kettle and a sofa.', '', rooms);
      expect(result.verdict).toBe('unsupported');
      expect(result.reason).toBe('the claim adds "a sofa" to the list the matching sentence gives');
      expect(verdictOf('Rooms come with a desk, a wardrobe and a kettle.', '', rooms).verdict).toBe('supported');
    });

    it('reads a pair joined by "and" just before the first comma as part of the first item', () => {
      const washes = [{ id: 'W', text: 'The Quick Wash includes a rinse and dry, tyre shine and a window clean. The Deluxe Wash adds waxing and interior vacuuming.' }];
      expect(verdictOf('The Quick Wash includes a rinse and dry, tyre shine, waxing and a window clean.', '', washes).reason).toBe(
        'the claim adds "waxing" to the list the matching sentence gives',
      );
    });

    it('takes no pair inside an item ("between 7 and 11 p.m.") and no clause after a comma for a list', () => {
      const hours = [{ id: 'H', text: 'Reception is open between 7 and 11 p.m., and breakfast is served in the garden room.' }];
      expect(align('Reception opens at 7, between 7 and 11 p.m.', indexSources(hours)).listAdds).toBeUndefined();
      const host = [{ id: 'T', text: 'Ada Lind hosted the quiz. She also hosted Truth or Dare on the radio, and the morning show.' }];
      expect(align('The quiz was hosted by Ada Lind, who also hosted Truth or Dare.', indexSources(host)).listAdds).toBeUndefined();
    });
  });

  describe('one named thing of a kind for another ("the Starter plan", "the Business plan")', () => {
    const plans = [
      { id: 'P1', text: 'The Starter plan costs $12 per user per month and supports up to 10 users.' },
      { id: 'P2', text: 'The Business plan costs $25 per user per month and adds single sign-on.' },
    ];

    it('contradicts a claim built from the sentence about the other one', () => {
      const result = verdictOf('The Starter plan costs $25 per user per month.', 'How much is the Starter plan?', plans);
      expect(result.verdict).toBe('contradicted');
      expect(result.reason).toBe('the claim speaks of "Starter plan"; the matching sentence, of "Business plan"');
      // A name opening the sentence, known from the sources as a plan.
      expect(verdictOf('Starter adds single sign-on.', '', plans).reason).toBe('the claim speaks of "Starter plan"; the matching sentence, of "Business plan"');
      expect(verdictOf('The Business plan costs $25 per user per month.', '', plans).verdict).toBe('supported');
      expect(verdictOf('Starter supports up to 10 users.', '', plans).verdict).toBe('supported');
    });

    it('takes no verb after a name for its kind ("the Islay Star began")', () => {
      const ferries = [{ id: 'F', text: 'The Morven Ferry began service in 1962. The Islay Star began service in 1987.' }];
      expect(align('The Morven Ferry began service in 1987.', indexSources(ferries)).thingSwap).toBeUndefined();
    });
  });
});

describe('deterministic judge: who does what agrees with the matching sentence', () => {
  const college = [{ id: 'C', text: 'Tom Esk founded Harlow College in 1382. Mara Venn studied medicine at Kell Academy.' }];
  const passive = [{ id: 'C', text: 'Harlow College was founded by Tom Esk in 1382. Mara Venn studied medicine there.' }];

  it('flags a word the sentence says of another name, though every word is in the sources', () => {
    const result = verdictOf('Mara Venn founded Harlow College.', '', college);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim says "Mara Venn founded"; the matching sentence says "Tom Esk founded"');
    expect(verdictOf('Mara Venn founded Harlow College.', 'Who founded Harlow College?', college).verdict).toBe('contradicted');
  });

  it('reads the doer of a passive after its "by", in the claim and in the sentence', () => {
    expect(verdictOf('Harlow College was founded by Mara Venn.', '', college).reason).toBe('the claim says "founded by Mara Venn"; the matching sentence says "Tom Esk founded"');
    expect(verdictOf('Mara Venn founded Harlow College.', '', passive).reason).toBe('the claim says "Mara Venn founded"; the matching sentence says "founded by Tom Esk"');
    expect(verdictOf('Harlow College was founded by Tom Esk.', '', college).verdict).toBe('supported');
    expect(verdictOf('Tom Esk founded Harlow College.', '', passive).verdict).toBe('supported');
  });

  it('reads the name before "who" as the doer of its clause', () => {
    const founded = [{ id: 'C', text: 'Tom Esk studied at Harlow College. Harlow College was founded by Mara Venn in 1382.' }];
    const result = verdictOf('Tom Esk, who founded Harlow College, studied there.', '', founded);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim says "Tom Esk founded"; the matching sentence says "founded by Mara Venn"');
    expect(verdictOf('Mara Venn, who founded Harlow College, taught Tom Esk.', '', founded).verdict).not.toBe('contradicted');
  });

  it('reads each doer of a word a sentence says twice by the object it is done to', () => {
    const teams = [{ id: 'T', text: 'Dr. Lena Hart leads the pediatrics team, and Dr. Omar Said leads the cardiology team.' }];
    const result = verdictOf('Dr. Omar Said leads the pediatrics team.', 'Who leads pediatrics?', teams);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim says "Dr. Omar Said leads the pediatrics"; the matching sentence says "Dr. Lena Hart leads the pediatrics"');
    expect(verdictOf('The pediatrics team is led by Dr. Lena Hart.', 'Who leads pediatrics?', teams).verdict).toBe('supported');
    expect(verdictOf('Dr. Omar Said leads the cardiology team.', '', teams).verdict).toBe('supported');
  });

  it('reads a title\'s point as no end of a sentence, and a small word after a name as part of it ("Omar Said")', () => {
    const tokens = tokenize('Dr. Omar Said leads the team.');
    expect(tokens.map((token) => token.name)).toEqual([false, true, true, false, false, false]);
  });

  it('takes no name parted from the word by a comma or a hyphen for its doer', () => {
    const riffs = [{ id: 'R', text: 'The album mixes Arabian-inspired riffs with chants. Mara Venn wrote its songs.' }];
    expect(align('According to Mara Venn, inspired riffs fill the album.', indexSources(riffs)).features.doerSwapped).toBe(0);
    expect(align('Mara Venn inspired riffs fill the album.', indexSources(riffs)).features.doerSwapped).toBe(0);
  });
});

describe('deterministic judge: equal amounts in other words', () => {
  it('reads units, number words and spelled durations as the same amount', () => {
    expect(tokenize('100 m')[0]?.quantity).toBe(tokenize('100 metres')[0]?.quantity);
    expect(tokenize('18 months')[0]?.quantity).toBe(tokenize('a year and a half').find((t) => t.quantity)?.quantity);
    expect(tokenize('twenty-five')[0]?.key).toBe('25');
    expect(tokenize('25%')[0]?.quantity).toBe(tokenize('25 percent')[0]?.quantity);
    expect(tokenize('third')[0]?.key).toBe(tokenize('3rd')[0]?.key);
    expect(tokenize('48 hours')[0]?.quantity).toBe(tokenize('two days')[0]?.quantity);
    expect(tokenize('a million')[0]?.key).toBe(tokenize('1,000,000')[0]?.key);
    // The number of a name is no amount: "COVID-19", "F-16".
    expect(tokenize('COVID-19 cases').map((token) => [token.kind, token.name])).toEqual([['word', true], ['word', true], ['word', false]]);
    expect(tokenize('mid-2020')[1]?.kind).toBe('number');
    expect(tokenize('a hundred years')[0]?.quantity).toBe(tokenize('100 years')[0]?.quantity);
  });

  it('reads quarters of an hour as minutes', () => {
    expect(tokenize('three quarters of an hour')[0]?.quantity).toBe(tokenize('45 minutes')[0]?.quantity);
    expect(tokenize('a quarter of an hour').find((token) => token.quantity)?.quantity).toBe(tokenize('15 minutes')[0]?.quantity);
  });

  it('reads an amount with up to two words between the number and its unit ("three consecutive days")', () => {
    expect(tokenize('three consecutive days')[0]?.quantity).toBe(tokenize('3 days')[0]?.quantity);
    expect(tokenize('10 paid sick days')[0]?.quantity).toBe(tokenize('ten days')[0]?.quantity);
    // A year is no amount of days; a punctuation mark parts the number from the unit.
    expect(tokenize('In 2019 rainy days')[1]?.quantity).toBeUndefined();
    expect(tokenize('3, the best days')[0]?.quantity).toBeUndefined();
    const leave = [{ id: 'L', text: "A doctor's note is required for absences longer than three consecutive days." }];
    expect(verdictOf('A note from a doctor is needed for more than three days in a row.', '', leave).verdict).toBe('supported');
  });

  it('supports a claim that states an amount another way', () => {
    expect(verdictOf('The survey team measured its depth at 100 m in 2019.', '', [LAKE]).verdict).toBe('supported');
    expect(verdictOf('Returns are accepted for a year and a half.', '', [SHOP]).verdict).toBe('supported');
    expect(verdictOf('Orders ship within 48 hours.', '', [SHOP]).verdict).toBe('supported');
  });

  it('treats "constructor" and other words as words, not as built-in names', () => {
    expect(tokenize('constructor toString')[0]?.kind).toBe('word');
  });
});

describe('deterministic judge: names of several words', () => {
  const peer = [{ id: 'P', text: 'Tom Venn, made Lord Venn of Harlow in 1990, was born in Esk.' }];
  const question = analyzeQuestion('What is the title of Tom Venn?');

  it('finds a name of several words only as the sources write it', () => {
    expect(align('Lord Venn of Esk', indexSources(peer), question).features.nameRunBroken).toBe(1);
    expect(align('Lord Venn of Harlow', indexSources(peer), question).features.nameRunBroken).toBe(0);
  });

  it('does not pass a short answer whose name the sources never write', () => {
    const result = verdictOf('Lord Venn of Esk', 'What is the title of Tom Venn?', peer);
    expect(result.verdict).toBe('unsupported');
    expect(result.reason).toBe('the sources never write the name "Venn of Esk"');
    expect(verdictOf('Lord Venn of Harlow', 'What is the title of Tom Venn?', peer).verdict).toBe('supported');
  });

  it('takes a name the question writes as given', () => {
    expect(align('Tom Venn was born in Esk.', indexSources(peer), question).features.nameRunBroken).toBe(0);
  });
});

describe('deterministic judge: negation', () => {
  it('supports a negative paraphrase of a negative source', () => {
    expect(verdictOf('The shop does not ship orders to P.O. boxes.', '', [SHOP]).verdict).toBe('supported');
  });

  it('reaches the words a negation is said of past the small words a speaker repeats', () => {
    const call = { id: 'C', text: 'Anna: The voice control is hard to learn, I think. Ben: Well, hard it is not for the, for the, for the elderly.' };
    const result = verdictOf('The voice control is hard to learn, but not for the elderly.', '', [call]);
    expect(result.verdict).not.toBe('contradicted');
  });

  it("takes a transcript's speaker name for who speaks, not for what is said", () => {
    const call = { id: 'C', text: 'User Support: The setup is hard to learn, I think. Anna: Well, it is not hard for the elderly.' };
    const result = verdictOf('The setup is hard to learn, but not for elderly users.', '', [call]);
    expect(result.verdict).not.toBe('contradicted');
  });

  it('does not read "noted" or "notes" as "not"', () => {
    const report = { id: 'R', text: 'The auditor noted that the ledger balances. The release notes list two fixes.' };
    expect(tokenize('noted notes noting note').map((token) => token.key)).toEqual(['note', 'note', 'note', 'note']);
    expect(verdictOf('The auditor noted that the ledger balances.', '', [report]).verdict).toBe('supported');
  });

  it('takes the prefix of "non-critical" for no "none", the opposite of "all"', () => {
    expect(tokenize('none')[0]?.key).not.toBe(tokenize('non-critical')[0]?.key);
    const tickets = [{ id: 'T', text: 'Critical tickets are answered within one hour. All other tickets are answered within one business day.' }];
    expect(verdictOf('Non-critical tickets are answered within a business day.', '', tickets).verdict).toBe('supported');
  });

  it('reads "whether or not" as no negation, and "without compromising the quality" as negating the compromise only', () => {
    const call = { id: 'C', text: 'Client: I wonder whether or not the deductibles are affordable. Agent: We offer low prices without compromising the quality of our service.' };
    expect(align('The client asks about the deductibles.', indexSources([call])).denied).toBeUndefined();
    expect(align('The agent promises the quality of the service.', indexSources([call])).denied).toBeUndefined();
  });

  it('ends a negation at the end of its clause, and reads "free of charge" as "no charge"', () => {
    const seats = [{ id: 'S', text: 'Seat reservations are not included in either pass; they cost 5 euros per journey.' }];
    expect(verdictOf('Seat reservations cost 5 euros per journey.', '', seats).verdict).toBe('supported');
    const freeze = [{ id: 'F', text: 'Members can freeze their membership for up to three months a year at no charge.' }];
    expect(verdictOf('Members can freeze their membership for three months a year, free of charge.', '', freeze).verdict).toBe('supported');
    expect(verdictOf('Members can freeze their membership for three months a year, for a charge.', '', freeze).verdict).not.toBe('supported');
  });

  it('ends a negation at a comma that opens a clause of its own ("of not being used, it locks")', () => {
    const screen = [{ id: 'S', text: 'The screen locks after five minutes without use.' }];
    expect(verdictOf('After five minutes of not being used, it locks.', '', screen).verdict).toBe('supported');
  });

  it('reads a "without" as said of what it follows: "after two hours without use" denies no use of the heater', () => {
    const heater = [{ id: 'H', text: 'The heater warms the room in ten minutes and switches off after two hours without use.' }];
    expect(verdictOf('The heater is ready to use in ten minutes.', '', heater).verdict).toBe('supported');
    const photos = [{ id: 'P', text: 'Photos may be taken without flash in the east wing.' }];
    const result = verdictOf('Photos may be taken with flash in the east wing.', '', photos);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the matching sentence negates "flash", which the claim states');
  });

  it('contradicts a claim the second sentence it needs negates', () => {
    const returns = [{ id: 'R', text: 'Items can be returned within 30 days for a full refund. Sale items can be exchanged but not refunded.' }];
    const result = verdictOf('Sale items can be refunded within 30 days.', '', returns);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the matching sentence negates "refunded", which the claim states');
    // The claim needs only the first sentence: the sale items' sentence does not count against it.
    expect(verdictOf('Items can be refunded within 30 days.', '', returns).verdict).toBe('supported');
  });

  it('marks a claim of every case that neither the matching sentences nor the question make', () => {
    const shipping = [{ id: 'S', text: 'Standard shipping is free on orders over $50.' }];
    expect(align('Standard shipping is free on all orders.', indexSources(shipping)).features.universalUnsaid).toBe(1);
    expect(align('Standard shipping is free on orders over $50.', indexSources(shipping)).features.universalUnsaid).toBe(0);
    expect(align('Standard shipping is free on all orders over $50.', indexSources(shipping), analyzeQuestion('Is shipping free on all orders?')).features.universalUnsaid).toBe(0);
    const result = verdictOf('Standard shipping is free on all orders.', '', [{ id: 'S', text: 'Standard shipping is free on orders over $50. We ship to all 50 states.' }]);
    expect(result.verdict).toBe('unsupported');
    expect(result.reason).toBe('the claim says "all"; the matching sentence makes no claim of every case');
    // A claim that keeps the sentence's limit says "all" of what the limit leaves.
    expect(verdictOf('All orders over $50 ship free.', '', shipping).reason).not.toMatch(/every case/);
  });

  it('contradicts a plain claim of what the source negates', () => {
    const result = verdictOf('We ship to P.O. boxes.', '', [SHOP]);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the matching sentence negates "ship", which the claim states');
  });

  it('names the word a claim negates where the source states it', () => {
    const result = verdictOf('Returns are not accepted.', '', [SHOP]);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim negates "accepted", which the matching sentence states');
  });
});

describe('deterministic judge: opposites are said of the same thing', () => {
  // Written for this test: a company's plans for its dividend and its debt.
  const PLAN = { id: 'P', text: 'The board will increase the quarterly dividend to 13 cents and bring net debt below 25 billion dollars.' };

  it('contradicts an opposite said of the same thing', () => {
    const result = verdictOf('The board will decrease the quarterly dividend to 13 cents.', '', [PLAN]);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim says "decrease" where the source says "increase"');
    const leave = [{ id: 'L', text: 'Parental leave is 16 weeks at full pay.' }];
    expect(verdictOf('Parental leave is 16 weeks at half pay.', '', [leave[0]!]).reason).toBe('the claim says "half" where the source says "full"');
  });

  it('does not read an opposite said of something else as a flip', () => {
    const result = verdictOf('The board is reducing net debt below 25 billion dollars.', '', [PLAN]);
    expect(result.verdict).not.toBe('contradicted');
  });

  it('reads what the source word is said of the same way: what follows it ("debt reduction; an increase in the dividend")', () => {
    const plan = { id: 'P', text: 'The first phase is debt reduction; an increase in the quarterly dividend follows.' };
    expect(verdictOf('The first phase is cutting net debt.', '', [plan]).verdict).not.toBe('contradicted');
  });

  it('swaps one member of a closed class for another only when both are said of the same thing', () => {
    const met = { id: 'M', text: 'The activists met on Thursday morning, on the eve of the vote.' };
    expect(verdictOf('The activists met on the night before the vote.', '', [met]).verdict).not.toBe('contradicted');
    expect(verdictOf('The activists met on Thursday night.', '', [met]).reason).toBe('the claim says "night" where the source says "morning"');
  });

  it('contradicts a word the sentence says of something else when its opposite is said of what the claim speaks of', () => {
    const survey = { id: 'V', text: 'The team mapped the eastern shore of Lake Corrin and the western edge of the Harlow Valley.' };
    const result = verdictOf('The team mapped the western shore of Lake Corrin.', '', [survey]);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim says "western" where the source says "eastern"');
    expect(verdictOf('The team mapped the western edge of the Harlow Valley.', '', [survey]).verdict).toBe('supported');
  });
});

describe('deterministic judge: a pick between two things the question names', () => {
  const magazines = [{ id: 'M', text: 'Kell Weekly is a magazine about sailing. Esk Monthly is a magazine owned by Harlow Media.' }];
  const question = 'Kell Weekly and Esk Monthly are both magazines, but which one is owned by Harlow Media?';

  it('reads the two names before "which one" or after "Of … ," as the options', () => {
    expect(analyzeQuestion(question).options).toEqual(['Kell Weekly', 'Esk Monthly']);
    expect(analyzeQuestion('Of Kell Weekly and Esk Monthly, which is owned by Harlow Media?').options).toEqual(['Kell Weekly', 'Esk Monthly']);
    // A comma's "which" that opens a relative clause asks for no pick.
    expect(analyzeQuestion('Tom Esk and Mara Venn went to the shop, which sells bread?').options).toBeUndefined();
  });

  it('checks the pick on what the sources say of each', () => {
    const wrong = verdictOf('Kell Weekly is owned by Harlow Media.', question, magazines);
    expect(wrong.verdict).toBe('contradicted');
    // The words as the question writes them, not their stems.
    expect(wrong.reason).toBe('the claim picks Kell Weekly, but the sources say magazines, owned, Harlow, Media of Esk Monthly (less of Kell Weekly), so the answer is Esk Monthly');
    expect(verdictOf('Esk Monthly.', question, magazines).verdict).toBe('supported');
  });

  it('reads two of a kind ("the Silver plan or the Gold plan") with the kind\'s word in each', () => {
    const plans = [{ id: 'P', text: 'The Silver plan covers hospital stays. The Gold plan covers hospital stays and dental care.' }];
    for (const asked of ['Which plan covers dental care, the Silver plan or the Gold plan?', 'Between the Silver plan and the Gold plan, which covers dental care?']) {
      expect(analyzeQuestion(asked).options).toEqual(['Silver plan', 'Gold plan']);
      // A right pick that repeats the question's words is no echo of it.
      expect(verdictOf('The Gold plan covers dental care.', asked, plans).verdict).toBe('supported');
      const wrong = verdictOf('The Silver plan covers dental care.', asked, plans);
      expect(wrong.verdict).toBe('contradicted');
      expect(wrong.reason).toBe('the claim picks Silver plan, but the sources say covers, dental, care of Gold plan (less of Silver plan), so the answer is Gold plan');
    }
  });
});

describe('deterministic judge: comparisons are computed', () => {
  const question = 'Which ferry began service first, the Morven Ferry or the Islay Star?';

  it('contradicts the wrong pick by the dates the sources give', () => {
    const result = verdictOf('The Islay Star began service first.', question, [FERRIES]);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toMatch(/1962/);
    expect(result.reason).toMatch(/1987/);
  });

  it('supports the right pick, short or in a sentence', () => {
    expect(verdictOf('The Morven Ferry', question, [FERRIES]).verdict).toBe('supported');
    expect(verdictOf('The Morven Ferry began service first.', question, [FERRIES]).verdict).toBe('supported');
  });

  it('computes a comparison the claim makes of its own, with no question to ask it', () => {
    const wrong = verdictOf('The Islay Star began service before the Morven Ferry.', '', [FERRIES]);
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.reason).toBe('the sources give Islay Star 1987 and Morven Ferry 1962: the claim compares them the wrong way round');
    expect(verdictOf('The Morven Ferry carries fewer cars than the Islay Star.', '', [FERRIES]).verdict).toBe('supported');
    const more = verdictOf('The Morven Ferry carries more cars than the Islay Star.', '', [FERRIES]);
    expect(more.verdict).toBe('contradicted');
    expect(more.reason).toBe('the sources give Morven Ferry 40 cars and Islay Star 120 cars: the claim compares them the wrong way round');
  });

  it('compares amounts in one unit, whatever unit each is written in, and no amounts of different kinds', () => {
    const jugs = [{ id: 'J', text: 'The Aster jug holds 1,500 ml of water. The Brisa jug holds 1.2 litres. The Aster jug costs 30 euros.' }];
    expect(verdictOf('The Brisa jug holds more water than the Aster jug.', '', jugs).verdict).toBe('contradicted');
    const mixed = [{ id: 'M', text: 'The Aster jug has 3 lids. The Brisa jug holds 1.2 litres.' }];
    expect(verdictOf('The Brisa jug holds more than the Aster jug.', '', mixed).verdict).not.toBe('contradicted');
    const plans = [{ id: 'P', text: 'The Starter plan costs $12 per month. The Business plan costs $25 per month.' }];
    expect(verdictOf('The Business plan is cheaper than the Starter plan.', '', plans).reason).toBe(
      'the sources give Business $25 and Starter $12: the claim compares them the wrong way round',
    );
    expect(verdictOf('The Starter plan is cheaper than the Business plan.', '', plans).verdict).toBe('supported');
  });

  it('computes amounts too', () => {
    const more = 'Which ferry carries more cars, the Morven Ferry or the Islay Star?';
    expect(verdictOf('The Morven Ferry carries more cars.', more, [FERRIES]).verdict).toBe('contradicted');
    expect(verdictOf('The Islay Star', more, [FERRIES]).verdict).toBe('supported');
  });

  it('checks a yes or a no against what the sources say of each', () => {
    const both = 'Did both the Morven Ferry and the Islay Star begin service in 1962?';
    expect(verdictOf('Yes', both, [FERRIES]).verdict).toBe('contradicted');
    expect(verdictOf('No', both, [FERRIES]).verdict).toBe('supported');
  });

  it('reads "both types of ferry" as what each is, not as a word the sources must say', () => {
    const boats = { id: 'B', text: 'The Morven Ferry is a car ferry. The Islay Star is a car ferry.' };
    expect(verdictOf('Yes', 'Are the Morven Ferry and the Islay Star both types of car ferry?', [boats]).verdict).toBe('supported');
  });

  it('leaves a comparison of distances to the model rather than to word counts', () => {
    const ports = { id: 'P', text: 'The Morven Ferry sails from a port in the west of the valley. The Islay Star sails from Esk.' };
    expect(verdictOf('The Islay Star', 'Does the Morven Ferry or the Islay Star sail from further west?', [ports]).verdict).not.toBe('contradicted');
  });

  it('gives each option the year said after its own name, when one sentence speaks of both', () => {
    const both = { id: 'B', text: 'Mara Venn (born 4 May 1931) wrote novels, as did her pupil Tom Esk (born 9 June 1962), who also taught.' };
    const question = 'Who was born first, Mara Venn or Tom Esk?';
    expect(verdictOf('Mara Venn', question, [both]).verdict).toBe('supported');
    const wrong = verdictOf('Tom Esk was born first.', question, [both]);
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.reason).toMatch(/1931/);
    expect(wrong.reason).toMatch(/1962/);
  });

  it('reads a date range whose dash was lost ("September 193126 May") as its two dates', () => {
    expect(tokenize('4 September 193126 May 2001').map((token) => token.key)).toEqual(['september', '4', '1931', 'may', '26', '2001']);
    // Not without a month on both sides: a plain five-digit number stays one number.
    expect(tokenize('in September 193104 units').map((token) => token.key)).toContain('193104');
    const lived = { id: 'L', text: 'Mara Venn (4 September 193126 May 2001) was a novelist. Tom Esk (born 9 June 1962) is a poet.' };
    expect(verdictOf('Tom Esk', 'Who was born first, Mara Venn or Tom Esk?', [lived]).verdict).toBe('contradicted');
  });

  it('checks each of two names a claim pairs', () => {
    expect(verdictOf('Both the Morven Ferry and the Islay Star began service in 1987.', '', [FERRIES]).verdict).not.toBe('supported');
  });
});

describe('deterministic judge: numbered clauses', () => {
  const lease = indexSources([
    {
      id: 'L',
      text: '4.1 The tenant is Harlow Foods Ltd, from 1 May 2025.\n\n4.2 The lease runs for 12 months from the start date, within Esk County.',
    },
  ]);

  it("reads the word after a clause's number as the sentence's first word, not as a name", () => {
    const [number, first] = tokenize('11.2 Neither party is liable for lost profits.');
    expect(number?.kind).toBe('number');
    expect(first).toMatchObject({ lower: 'neither', name: false });
  });

  it('does not take another clause for what the claim speaks of when it only gives a number the amount has', () => {
    // "one year" is the 12 months of clause 4.2; clause 4.1's "1 May" adds nothing the claim says.
    expect(align('4.2 The lease runs for one year from the start date, within Esk County.', lease).features.otherSubject).toBe(0);
  });
});

describe('deterministic judge: reasons', () => {
  it('names, as the claim writes them, the words the sources never say together', () => {
    const drone = [{ id: 'D', text: 'The Esk drone comes with a two-year warranty. Its battery lasts for forty minutes and its camera records video.' }];
    const result = verdictOf('Video comes with the warranty.', 'What comes with the Esk drone?', drone);
    expect(result.verdict).toBe('unsupported');
    expect(result.reason).toBe('the sources never say these words together: "Video comes"');
  });

  it('shows an initialism as the claim writes it', () => {
    const result = verdictOf('The Morven Ferry began service in the U.K. in 1962.', '', [FERRIES]);
    expect(result.reason).toBe('name U.K. is not in the sources');
  });

  it('gives the numbers of the matching sentence as it writes them', () => {
    const drone = [{ id: 'D', text: 'The Esk drone comes with a two-year warranty. Its battery lasts for forty minutes.' }];
    const result = verdictOf('The warranty of the Esk drone lasts two minutes.', '', drone);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toMatch(/the matching sentence says two year/);
  });
});

describe('deterministic judge: who did what, in either voice', () => {
  const bridge = indexSources([{ id: 'B', text: 'The Esk bridge was designed by Mara Venn in 1901. Tom Esk hired Mara Venn in 1990. Tolls rose by 5% in 2001.' }]);
  const pairs = (claim: string): number => align(claim, bridge).features.bigramCoverage;

  it('reads an active claim of a passive source, and a passive claim of an active one', () => {
    expect(pairs('Mara Venn designed the Esk bridge.')).toBe(1);
    expect(pairs('Mara Venn was hired by Tom Esk.')).toBe(1);
    expect(verdictOf('Mara Venn designed the Esk bridge.', '', [{ id: 'B', text: 'The Esk bridge was designed by Mara Venn.' }]).verdict).toBe('supported');
  });

  it('does not read the passive as the active with the roles swapped', () => {
    expect(pairs('The Esk bridge designed Mara Venn.')).toBe(0.5);
    expect(pairs('Mara Venn was designed by the Esk bridge.')).toBe(0.5);
    expect(pairs('Tom Esk was hired by Mara Venn.')).toBe(0.5);
  });

  it('takes only a "by" of the doer after a participle for the passive', () => {
    // "rose by 5%" is no passive, and a title's "by" names an author, not a doer of the verb before it.
    expect(pairs('Tolls rose by 5% in 2001.')).toBe(pairs('Tolls rose 5% in 2001.'));
    const book = indexSources([{ id: 'K', text: 'The film is based on the book A Long Way Home by Saroo Brierley.' }]);
    expect(align('A Long Way Home', book, analyzeQuestion('The film is based on what book?')).features.answerBigrams).toBe(1);
  });
});

describe('deterministic judge: bounds, times of day and limits', () => {
  it('reads "no more than 20 kg" as "up to 20 kg", and "do not use more than two" as a bound, not a denial', () => {
    const bags = [{ id: 'B', text: 'Each guest may bring one suitcase of up to 20 kg.' }];
    expect(verdictOf('Each guest may bring one suitcase weighing no more than 20 kg.', '', bags).verdict).toBe('supported');
    const capsules = [{ id: 'C', text: 'Do not use more than two capsules per cup.' }];
    expect(verdictOf('No more than two capsules should be used per cup.', '', capsules).verdict).toBe('supported');
  });

  it('reads "7 p.m." as a time of day, not as pence, and ends a sentence after "a.m." before a capital', () => {
    expect(tokenize('at 7 p.m.')[1]?.quantity).toBe('clock:19');
    expect(tokenize('at 7 a.m.')[1]?.quantity).toBe('clock:7');
    const pharmacy = [{ id: 'P', text: 'The pharmacy opens at 9 a.m. and closes at 7 p.m. on weekdays.' }];
    const result = verdictOf('The pharmacy opens at 7 a.m. on weekdays.', '', pharmacy);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('number 7 a.m. is not in the sources; the matching sentence says 9 a.m., 7 p.m.');
    expect(verdictOf('The pharmacy closes at 7 p.m. on weekdays.', '', pharmacy).verdict).toBe('supported');
    const breakfast = indexSources([{ id: 'B', text: 'Breakfast is served until 10 a.m. Late breakfast from 11 a.m. costs $8.' }]);
    expect(breakfast.sentences.map((sentence) => sentence.text)).toEqual(['Breakfast is served until 10 a.m.', 'Late breakfast from 11 a.m. costs $8.']);
  });

  it('reads "17:00" and "8:30" as times of day, and ":00" as no number of its own', () => {
    expect(tokenize('from 8:30 to 17:00')[1]?.quantity).toBe('clock:8.5');
    expect(tokenize('1:00 pm')[0]?.quantity).toBe(tokenize('1 p.m.')[0]?.quantity);
    const office = [{ id: 'O', text: 'The office is open from 8:30 to 17:00 on weekdays.' }];
    expect(verdictOf('The office opens at 8:30 a.m. and closes at 5 p.m. on weekdays.', '', office).verdict).toBe('supported');
    expect(verdictOf('The office closes at 6 p.m. on weekdays.', '', office).verdict).toBe('contradicted');
  });

  it('takes no date from a second sentence for its month alone ("by 30 April" where rooms are booked by 15 May)', () => {
    const rooms = [{ id: 'R', text: 'Rooms must be booked by 15 May. The application deadline is 30 April.' }];
    expect(verdictOf('Rooms must be booked by 30 April.', '', rooms).verdict).toBe('contradicted');
    expect(verdictOf('Rooms must be booked by 15 May.', '', rooms).verdict).toBe('supported');
  });

  it('aligns an amount written another way to the sentence that has it ("two weeks" for "14 days")', () => {
    const loans = [{ id: 'L', text: 'Members can borrow e-books for 14 days. Films are lent for 7 days.' }];
    expect(verdictOf('Two weeks.', 'How long can I keep an e-book?', loans).verdict).toBe('supported');
  });

  it('marks an "only" the matching sentence sets no limit for, and reads "only" before an amount as "merely"', () => {
    const tours = [{ id: 'T', text: 'Tours can be booked online or at the front desk. A tour costs 5 dollars.' }];
    const result = verdictOf('Tours can only be booked at the front desk.', 'How do I book a tour?', tours);
    expect(result.verdict).toBe('unsupported');
    expect(result.reason).toBe('the claim says "only"; the matching sentence sets no such limit');
    expect(verdictOf('A tour only costs 5 dollars.', '', tours).verdict).toBe('supported');
    // A "no" answers by contrast: "No, email support only".
    const support = [{ id: 'S', text: 'Support is by email on the Lite plan and by email and phone on the Max plan.' }];
    expect(verdictOf('No, the Lite plan has email support only.', 'Is phone support included on the Lite plan?', support).reason).not.toMatch(/only/);
  });

  it('reads "one of" and "without one" as a pronoun, "every month" as "monthly" and "roughly" as "about"', () => {
    expect(verdictOf('Yes, whitening is one of the services it offers.', 'Does the clinic offer whitening?', [{ id: 'C', text: 'The clinic offers check-ups, cleanings and whitening.' }]).verdict).toBe('supported');
    const lite = [{ id: 'L', text: 'The Lite runs on its battery if no power cable is connected.' }];
    expect(verdictOf('No, without one the Lite runs on its battery.', 'Does the Lite need a power cable?', lite).verdict).toBe('supported');
    expect(verdictOf('The app sends an energy report every month.', '', [{ id: 'A', text: 'The app sends a monthly energy report.' }]).verdict).toBe('supported');
    expect(verdictOf('A check-up takes roughly three quarters of an hour.', '', [{ id: 'C', text: 'A check-up takes about 45 minutes.' }]).verdict).toBe('supported');
  });

  it('ends a negation at "until", and reads the "no" of "no-shows" as denying that word only', () => {
    const notes = [{ id: 'N', text: 'You can still read your notes offline, but new notes will not sync until you reconnect.' }];
    expect(verdictOf("You can't read your notes offline until you reconnect.", '', notes).verdict).toBe('contradicted');
    const fees = [{ id: 'F', text: 'Late cancellations are charged half the fee, and no-shows are charged the full fee.' }];
    expect(align('No-shows pay the full fee.', indexSources(fees)).denied).toBeUndefined();
  });

  it('finds a word the sentence says in other words beside its opposite ("shuts" as "closes", next to "opens")', () => {
    const cafe = [{ id: 'C', text: 'The café opens at 7 a.m. and closes at 6 p.m.' }];
    expect(verdictOf('The café opens at 7 a.m. and shuts at 6 p.m.', '', cafe).verdict).toBe('supported');
  });

  it('denies a word in another form ("refunded" against "not refundable"), and a "yes" that affirms what the sources deny', () => {
    const cards = [{ id: 'G', text: 'Gift cards are not refundable.' }];
    expect(verdictOf('Gift cards can be refunded.', '', cards).verdict).toBe('contradicted');
    const result = verdictOf('Yes, gift cards can be refunded at any store.', 'Are gift cards refundable?', cards);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('"Yes" is wrong: the matching sentence negates "refundable", which the claim states');
  });
});

describe('deterministic judge: which of several named things', () => {
  it('takes no amount from a second sentence about another of them ("Corva Max" is no second half of "Corva Lite")', () => {
    const plans = [{ id: 'P', text: 'The Corva Lite costs $19 a month. The Corva Max costs $39 a month and adds cloud backup.' }];
    expect(verdictOf('The Corva Lite costs $39 a month.', '', plans).verdict).toBe('contradicted');
    expect(verdictOf('The Corva Max costs $39 a month.', '', plans).verdict).toBe('supported');
  });

  it('reads the clause of a sentence the claim is about ("…, while Flexi fares include …")', () => {
    const fares = [{ id: 'F', text: 'Saver fares do not include seat selection, while Flexi fares include free seat selection.' }];
    const result = verdictOf('Saver fares include free seat selection.', '', fares);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim speaks of "Saver fares"; the matching sentence, of "Flexi fares"');
    expect(verdictOf('Flexi fares include free seat selection.', '', fares).verdict).toBe('supported');
  });

  it('reads a value as said of the thing its clause names ("…, and the Velo X is rated IP67")', () => {
    const lights = [{ id: 'V', text: 'The Velo S is rated IP54, and the Velo X is rated IP67.' }];
    const result = verdictOf('The Velo S is rated IP67.', '', lights);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim speaks of "Velo S"; the matching sentence, of "Velo X"');
    expect(verdictOf('The Velo X is rated IP67.', '', lights).verdict).toBe('supported');
  });

  it('tells two amounts with the same words after them apart by the name said before each', () => {
    const warranty = [{ id: 'W', text: 'The Orro Mini comes with a one-year limited warranty and the Orro Max with a two-year limited warranty.' }];
    expect(verdictOf('The Orro Mini comes with a two-year limited warranty.', '', warranty).verdict).toBe('contradicted');
    expect(verdictOf('The Orro Max comes with a two-year limited warranty.', '', warranty).verdict).toBe('supported');
  });

  it('tells named variants apart by the words they do not share ("Basic Care Package", "Full Care Package")', () => {
    const care = [{ id: 'C', text: 'The Basic Care Package costs $40. The Full Care Package costs $75 and adds a blood test.' }];
    const result = verdictOf('The Basic Care Package costs $75.', '', care);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim speaks of "Basic Care Package"; the matching sentence, of "Full Care Package"');
    expect(verdictOf('The Full Care Package costs $75.', '', care).verdict).toBe('supported');
  });

  it('reads an amount as given to the name a preposition after it names ("$10 for Gold members")', () => {
    const checkout = [{ id: 'C', text: 'Late checkout costs $20 for Silver members and $10 for Gold members.' }];
    const result = verdictOf('Silver members pay $10 for late checkout.', '', checkout);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('the claim speaks of "Silver"; the matching sentence, of "Gold"');
    expect(verdictOf('Gold members pay $10 for late checkout.', '', checkout).verdict).toBe('supported');
    // A claim that gives both amounts compares them.
    expect(verdictOf('Gold members pay $10, half the $20 that Silver members pay.', '', checkout).verdict).toBe('supported');
  });

  it('reads a model code ("K2", "K4") as naming a model', () => {
    const blenders = [{ id: 'B', text: 'The K2 blender has a 1.5-litre jug. The K4 adds a heating element and a soup program.' }];
    const result = verdictOf('Yes, the K2 comes with a soup program.', 'Does the K2 have a soup program?', blenders);
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toBe('"Yes" is wrong: the claim speaks of "K2"; the matching sentence, of "K4"');
  });
});

describe('deterministic judge: synonyms', () => {
  it('finds a word the source says in other words', () => {
    const sources = [{ id: 'B', text: 'Customers can buy the annual pass at the front desk.' }];
    expect(verdictOf('Customers can purchase the annual pass at the front desk.', '', sources).verdict).toBe('supported');
  });

  it('finds a thing named by what it is a kind of, and not the other way round', () => {
    const sources = [{ id: 'W', text: 'Mara Venn is a novelist from the Harlow Valley.' }];
    const named = verdictOf('Mara Venn is an author from the Harlow Valley.', '', sources);
    expect(named.verdict).toBe('supported');
    expect(named.reason).toMatch(/^100% of content words/);
    // The general word does not say which kind: "novelist" is not found in "author".
    const general = [{ id: 'W', text: 'Mara Venn is an author from the Harlow Valley.' }];
    expect(verdictOf('Mara Venn is a novelist from the Harlow Valley.', '', general).reason).not.toMatch(/^100%/);
  });

  it('reads a phrase that says one thing in several words as that thing ("no charge" is "free", "24/7" is "around the clock")', () => {
    expect(tokenize('There is no charge.').map((token) => token.key)).toEqual(tokenize('There is free.').map((token) => token.key));
    // Only where nothing but a space stands between the words.
    expect(tokenize('no, charge').length).toBe(2);
    const wrapping = [{ id: 'G', text: 'Gift wrapping is free of charge for members.' }];
    expect(verdictOf('There is no charge for gift wrapping for members.', '', wrapping).verdict).toBe('supported');
    expect(verdictOf('Members get gift wrapping at no extra cost.', '', wrapping).verdict).toBe('supported');
    expect(verdictOf('Gift wrapping is not free for members.', '', wrapping).verdict).toBe('contradicted');
    expect(verdictOf('The help desk is staffed 24/7.', '', [{ id: 'H', text: 'The help desk is staffed around the clock.' }]).verdict).toBe('supported');
    // "at any time" still claims every time.
    const result = verdictOf('Bookings can be changed at any time.', '', [{ id: 'B', text: 'Bookings can be changed up to 24 hours before arrival.' }]);
    expect(result.reason).toBe('the claim says "at any time"; the matching sentence makes no claim of every case');
  });

  it('never takes one nationality for another', () => {
    const sources = [{ id: 'W', text: 'Mara Venn is a Canadian novelist.' }];
    expect(verdictOf('Yes', 'Are Mara Venn and Tom Esk both American novelists?', [...sources, { id: 'T', text: 'Tom Esk is an American novelist.' }]).verdict).toBe('contradicted');
  });
});

describe('deterministic judge: "both" questions', () => {
  const writers = [
    { id: 'M', text: 'Mara Venn is a novelist from the Harlow Valley.' },
    { id: 'T', text: 'Tom Esk is a poet and translator.' },
  ];

  it('reads what each is said to be through what it is a kind of', () => {
    expect(verdictOf('Yes', 'Were both Mara Venn and Tom Esk writers?', writers).verdict).toBe('supported');
    expect(verdictOf('No', 'Were both Mara Venn and Tom Esk writers?', writers).verdict).toBe('contradicted');
  });

  it('ends the second name at "both", capitalised or not', () => {
    const drinks = [
      { id: 'G', text: 'The Corrin fizz is a cocktail made with gin.' },
      { id: 'S', text: 'The Esk punch is a cocktail made with rum.' },
    ];
    expect(verdictOf('Yes', 'Are Corrin fizz and Esk punch both types of cocktail?', drinks).verdict).toBe('supported');
  });

  it('holds what "both" says of the two to each of them, in the sentences about it', () => {
    const result = verdictOf('Both the Morven Ferry and the Islay Star carry 40 cars.', '', [FERRIES]);
    expect(result.verdict).toBe('unsupported');
    expect(result.reason).toMatch(/40 of the Islay Star/);
    expect(verdictOf('Both the Morven Ferry and the Islay Star carry cars.', '', [FERRIES]).verdict).toBe('supported');
  });

  it('keeps the comma of a company name ("Venn, Inc.") inside the name', () => {
    const firms = [
      { id: 'V', text: 'Venn, Inc. is a software company based in Esk.' },
      { id: 'C', text: 'Corrin Systems is a software company based in Lyon.' },
    ];
    expect(verdictOf('Yes', 'Are both Venn, Inc. and Corrin Systems software companies?', firms).verdict).toBe('supported');
    expect(verdictOf('Yes', 'Are both Venn, Inc. and Corrin Systems based in Esk?', firms).verdict).toBe('contradicted');
  });

  it('reads a pair named after their kind ("the films A and B"), and a comma the sources write inside a name', () => {
    const films = [
      { id: 'W', text: 'Welcome to Esk, Harlow is a documentary about fishing in Esk, Corrin County.' },
      { id: 'T', text: 'The Tinsmith is a 2003 documentary about a radio station in Lyon.' },
    ];
    const question = 'Are the documentaries Welcome to Esk, Harlow and The Tinsmith both about Esk, Corrin County?';
    expect(verdictOf('No', question, films).verdict).toBe('supported');
    const wrong = verdictOf('Yes, both documentaries are about Esk.', question, films);
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.reason).toMatch(/of The Tinsmith/);
    // A comma the sources never write inside a name still ends the pair's first part.
    expect(verdictOf('No', 'Are the documentaries Welcome to Esk, Lyon and The Tinsmith both about Corrin County?', films).verdict).toBe('unsupported');
  });

  it('settles "the same country" by the names the sources give each, and not "the same customer base"', () => {
    const firms = [
      { id: 'V', text: 'Venn Software is a company based in France.' },
      { id: 'C', text: 'Corrin Systems is a company based in France.' },
      { id: 'E', text: 'Esk Tools is a company based in Spain.' },
    ];
    expect(verdictOf('Yes', 'Are Venn Software and Corrin Systems based in the same country?', firms).verdict).toBe('supported');
    expect(verdictOf('Yes', 'Are Venn Software and Esk Tools based in the same country?', firms).verdict).toBe('contradicted');
    // Both are in France, which says nothing of whom they sell to.
    expect(verdictOf('Yes', 'Do Venn Software and Corrin Systems serve the same customer base?', firms).verdict).toBe('unsupported');
  });

  it('finds a name made of small words ("Up") in the sentences about it', () => {
    const films = [
      { id: 'U', text: 'Up is a 2009 film about a balloon.' },
      { id: 'W', text: 'The Watercolor is a 2009 film about a painter.' },
    ];
    expect(verdictOf('Yes', 'Were Up and The Watercolor released in the same year?', films).verdict).toBe('supported');
  });

  it('leaves the question open when the sources say nothing of one of the two', () => {
    const only = [{ id: 'M', text: 'Mara Venn is a novelist from the Harlow Valley.' }];
    expect(verdictOf('Yes', 'Were both Mara Venn and Tom Esk novelists?', only).verdict).toBe('unsupported');
    expect(verdictOf('No', 'Were both Mara Venn and Tom Esk novelists?', only).verdict).toBe('unsupported');
  });
});

const responsesOf = (response: AppResponse): ResponseSet => ({ byId: new Map([[response.id, response]]), missing: [], unknown: [] });

describe('deterministic judge: confidence the gate relies on', () => {
  it('can reach the scores at which a forbidden fact counts and a hybrid verdict stands', () => {
    // The score is the model's probability; a retrained model that could no longer reach these
    // would silently stop flagging forbidden facts.
    const exact = judge.judgeOne(ask('The Morven Ferry began service in 1962 and carries 40 cars.', '', [FERRIES]));
    expect(exact.verdict).toBe('supported');
    expect(exact.score).toBeGreaterThan(FORBIDDEN_MIN_SCORE);
    expect(exact.score).toBeGreaterThan(HYBRID_DEFAULTS.supportAbove);
  });

  it('flags a forbidden fact the answer states, and not the right answer that shares its words', async () => {
    const golden: GoldenCase = {
      id: 'ferry-1',
      category: 'transport',
      question: 'How many cars does the Morven Ferry carry?',
      sources: [{ id: 'F', title: 'Ferries', text: FERRIES.text }],
      expectedFacts: [],
      forbidden: ['The Morven Ferry carries 120 cars.'],
      expect: 'answer',
      origin: { file: 'ferries.yaml', line: 1 },
      contentHash: 'test',
    };
    const answers = [
      { id: 'ferry-1', answer: 'The Morven Ferry carries 120 cars. [F]' },
      { id: 'ferry-1', answer: 'The Morven Ferry carries 40 cars. [F]' },
    ];
    const [wrong, right] = await Promise.all(
      answers.map(async (response) => (await evaluateCases([golden], responsesOf(response), judge))[0]!),
    );
    expect(wrong?.forbidden[0]?.entailed).toBe(true);
    expect(right?.forbidden[0]?.entailed).toBe(false);
  });
});
