import { stem } from './text.js';

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
upper:lower top:bottom full:empty heavy:light wide:narrow thick:thin deep:shallow
male:female man:woman men:women husband:wife mother:father son:daughter boy:girl brother:sister
north:south east:west left:right internal:external majority:minority hire:fire add:remove
support:oppose like:dislike love:hate happy:sad same:different new:old young:old junior:senior
morning:evening day:night summer:winter spring:autumn employ:dismiss public:private
online:offline remote:local domestic:foreign domestic:international urban:rural
ascending:descending inbound:outbound buyer:seller seller:customer employer:employee
teacher:student parent:child host:guest landlord:tenant
`;

const OPPOSITES = new Map<string, Set<string>>();
for (const pair of PAIRS.trim().split(/\s+/)) {
  const [a, b] = pair.split(':').map((word) => stem(word));
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
