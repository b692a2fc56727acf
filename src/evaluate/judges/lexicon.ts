import { stem } from './text.js';
import { WORDNET_ANTONYMS } from './wordnet.js';

/**
 * Word pairs of opposite meaning. A claim that uses one where its best source
 * sentence uses the other ("rose" / "fell") says the opposite of its source.
 * General English only: nothing here is tuned to a data set.
 */
const PAIRS = `
increase:decrease increase:reduce increase:cut increase:drop increase:decline increase:fall
rise:fall rise:drop rise:decline raise:lower raise:cut grow:shrink grow:decline growth:decline
up:down high:low higher:lower highest:lowest more:less more:fewer most:least most:fewest
before:after first:last earlier:later early:late past:future previous:next yesterday:tomorrow
maximum:minimum max:min large:small larger:smaller largest:smallest big:small bigger:smaller
long:short longer:shorter win:lose won:lost winner:loser gain:loss profit:loss surplus:deficit
accept:reject approve:reject accept:decline approve:deny confirm:deny allow:prohibit allow:forbid
allow:ban permit:forbid open:close opened:closed start:end start:finish begin:end buy:sell
bought:sold include:exclude positive:negative success:failure succeed:fail agree:disagree
true:false safe:dangerous safe:unsafe legal:illegal possible:impossible above:below over:under
inside:outside import:export strong:weak stronger:weaker fast:slow faster:slower hot:cold
rich:poor cheap:expensive cheaper:costlier easy:difficult easy:hard good:bad better:worse
best:worst always:never all:none everyone:nobody everything:nothing many:few often:rarely
present:absent arrive:leave arrive:depart enter:exit send:receive sent:received lend:borrow
give:take attack:defend friend:enemy ally:enemy guilty:innocent optimistic:pessimistic
upper:lower top:bottom full:empty full:half heavy:light wide:narrow thick:thin deep:shallow
male:female man:woman men:women husband:wife mother:father son:daughter boy:girl brother:sister
north:south east:west left:right internal:external majority:minority hire:fire add:remove
support:oppose like:dislike love:hate happy:sad same:different new:old young:old junior:senior
morning:evening day:night summer:winter spring:autumn employ:dismiss public:private
online:offline remote:local domestic:foreign domestic:international urban:rural
ascending:descending inbound:outbound buyer:seller seller:customer employer:employee
teacher:student parent:child host:guest landlord:tenant
all:some every:some each:some always:sometimes entire:partial whole:partial total:partial
complete:partial completely:partially fully:partially specific:general specific:generic
thrive:struggle thriving:struggling within:outside inside:outside include:omit
simple:complex simple:complicated easy:complex clear:unclear certain:uncertain
increase:lower increase:reduction gain:drop gain:decline improve:worsen improve:deteriorate
improvement:decline improvement:deterioration strengthen:weaken expand:contract expansion:contraction
success:loss win:defeat victory:defeat pass:fail passed:failed approve:veto approval:rejection
guilty:acquitted convict:acquit conviction:acquittal arrest:release allow:deny permit:deny
accept:refuse agree:refuse agree:object support:reject support:criticize praise:criticize
praise:condemn like:hate love:dislike enjoy:hate interested:uninterested
positive:critical favorable:unfavorable favourable:unfavourable optimistic:worried
rare:common rarely:frequently seldom:often uncommon:common frequent:rare frequent:occasional
temporary:permanent temporarily:permanently short-term:long-term local:national
minor:major minor:significant slight:significant slight:major small:significant small:huge
low:significant weak:robust decline:growth loss:growth shortage:surplus scarce:abundant
cheap:costly inexpensive:expensive affordable:expensive free:paid free:charge free:fee profit:deficit
arrive:depart arrival:departure come:go import:exportation input:output sender:recipient
before:during after:during beginning:end start:stop launch:cancel launch:end open:shut
upload:download online:in-person virtual:physical digital:physical manual:automatic automatic:manual
junior:senior beginner:expert beginner:advanced novice:expert novice:advanced amateur:professional
`;

const OPPOSITES = new Map<string, Set<string>>();
// General English pairs above, and WordNet's antonyms between frequent senses (already stems).
for (const pair of [...PAIRS.trim().split(/\s+/).map((p) => p.split(':').map((word) => stem(word)).join(':')), ...WORDNET_ANTONYMS]) {
  const [a, b] = pair.split(':');
  if (!a || !b) continue;
  if (!OPPOSITES.has(a)) OPPOSITES.set(a, new Set());
  if (!OPPOSITES.has(b)) OPPOSITES.set(b, new Set());
  OPPOSITES.get(a)?.add(b);
  OPPOSITES.get(b)?.add(a);
}

/** Stems of words that mean the opposite of `key` (a stem). */
export function oppositesOf(key: string): ReadonlySet<string> | undefined {
  return OPPOSITES.get(key);
}

/**
 * Closed classes of words that name one choice among alternatives. A claim that
 * uses one member where its source sentence uses another ("Tuesday" for "Monday",
 * "week" for "month") has swapped a fact.
 */
const CLASSES = `
minute hour day week weekend month quarter year decade century
yesterday today tomorrow tonight
monday tuesday wednesday thursday friday saturday sunday
january february april june july august september october november december
red orange yellow green blue purple violet pink brown black white gray grey
north south east west northern southern eastern western northeast northwest southeast southwest
breakfast lunch dinner
spring summer autumn winter
mother father son daughter brother sister wife husband uncle aunt cousin grandmother grandfather niece nephew
gold silver bronze platinum
morning afternoon evening night
first second third fourth fifth sixth seventh eighth ninth tenth last
half double twice triple
`;

const CLASS_OF = new Map<string, number>();
CLASSES.trim()
  .split('\n')
  .forEach((line, id) => {
    for (const word of line.trim().split(/\s+/)) if (!CLASS_OF.has(stem(word))) CLASS_OF.set(stem(word), id);
  });

/** The closed class a stem belongs to, if any. */
export function classOf(key: string): number | undefined {
  return CLASS_OF.get(key);
}

/** How strong a claim says a change or amount is; adding or flipping a degree is not in the source. */
// Praise a source does not give is a claim of its own ("a famous explorer", "an incredible amount").
const EVALUATIVE = ['famous', 'renowned', 'celebrated', 'legendary', 'iconic', 'acclaimed', 'prestigious', 'successful', 'incredible', 'remarkable', 'extraordinary', 'unique', 'popular', 'influential', 'prominent', 'notable', 'best-known', 'world-famous', 'beloved', 'historic'];
const STRONG = [...EVALUATIVE, 'significant', 'significantly', 'considerable', 'considerably', 'substantial', 'substantially', 'major', 'huge', 'sharp', 'sharply', 'dramatic', 'dramatically', 'massive', 'strong', 'strongly', 'record', 'exorbitant', 'enormous', 'vast'];
const WEAK = ['slight', 'slightly', 'small', 'minor', 'modest', 'modestly', 'marginal', 'marginally', 'mild', 'mildly', 'little', 'somewhat'];
const DEGREE = new Map<string, 'strong' | 'weak'>([
  ...STRONG.map((word) => [stem(word), 'strong'] as [string, 'strong']),
  ...WEAK.map((word) => [stem(word), 'weak'] as [string, 'weak']),
]);

export function degreeOf(key: string): 'strong' | 'weak' | undefined {
  return DEGREE.get(key);
}
