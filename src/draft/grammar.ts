/**
 * The words around a figure in a Chinese government work report that say how
 * it is stated rather than what it measures. The extractor reads Chinese
 * source text; these lists are its grammar, not text it shows.
 */

/** Scope, time, manner and modality: dropped from a measure's phrase wherever they lead it. */
export const FILLERS = [
  '全县',
  '全市',
  '全省',
  '全区',
  '全州',
  '全旗',
  '全年',
  '今年',
  '去年',
  '年内',
  '当年',
  '其中',
  '同时',
  '并且',
  '并',
  '确保',
  '力争',
  '争取',
  '预计',
  '全力',
  '圆满',
  '成功',
  '持续',
  '进一步',
  '积极',
  '大力',
  '深入',
  '扎实',
  '努力',
  '着力',
  '稳步',
  '有效',
  '顺利',
  '全面',
  '已经',
  '已',
  '均',
  '都',
  '共计',
  '总计',
  '合计',
  '共',
  '首次',
  '要',
];

/** Verbs of accomplishment that say nothing a label needs: dropped wherever they lead a phrase. */
export const GENERIC_VERBS = ['完成', '实现', '达到'];

/**
 * Verbs of doing that a label keeps (培育 新型农业经营主体) but a term is looked up without.
 * 新增 and 新建 are not among them: new loans are not outstanding loans.
 */
export const ACTION_VERBS = [
  '建成',
  '创建',
  '培育',
  '认定',
  '打造',
  '建设',
  '推动实施',
  '实施',
  '滚动推进',
  '推进',
  '发放',
  '开设',
  '聘任',
  '带动',
  '评选',
  '引进',
  '招引',
  '培训',
  '解决',
  '帮助',
  '直接扶持',
  '扶持',
  '完善提升',
  '整合提升',
  '提升改造',
  '开工',
  '争创',
  '推动',
  '加快',
  '打通',
];

/** A level reached (… 达 292.1亿元): the figure is the level itself; some also bound it. */
export const LEVEL_VERBS: readonly (readonly [string, 'over' | 'around' | undefined])[] = [
  ['优化为', undefined],
  ['调整为', undefined],
  ['提高到', undefined],
  ['提高至', undefined],
  ['提升到', undefined],
  ['提升至', undefined],
  ['增加到', undefined],
  ['增加至', undefined],
  ['增长到', undefined],
  ['增长至', undefined],
  ['上升到', undefined],
  ['上升至', undefined],
  ['下降到', undefined],
  ['下降至', undefined],
  ['减少到', undefined],
  ['减少至', undefined],
  ['降低到', undefined],
  ['降低至', undefined],
  ['保持在', undefined],
  ['稳定在', undefined],
  ['控制在', undefined],
  ['降到', undefined],
  ['降至', undefined],
  ['增至', undefined],
  ['升至', undefined],
  ['达到', undefined],
  ['达', undefined],
  ['为', undefined],
  ['是', undefined],
  ['完成', undefined],
  ['实现', undefined],
  ['保持', undefined],
  ['突破', 'over'],
  ['超过', 'over'],
  ['超', 'over'],
  ['逾', 'over'],
  ['约', 'around'],
];

/** A change by the figure (增长 5.4%, 减少 1200人): its sign. */
export const CHANGE_VERBS: readonly (readonly [string, 1 | -1])[] = [
  ['增长', 1],
  ['增加', 1],
  ['提高', 1],
  ['提升', 1],
  ['上升', 1],
  ['上涨', 1],
  ['扩大', 1],
  ['下降', -1],
  ['减少', -1],
  ['降低', -1],
  ['回落', -1],
  ['下滑', -1],
  ['缩小', -1],
];

/** Words between a measure and its change verb: 同比增长, 比上年下降, 分别达到. */
export const LINKS = [
  '按可比价格计算',
  '按可比价计算',
  '可比价',
  '同口径',
  '同比',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '年均',
  '分别',
  '了',
  '均',
  '共',
  '累计',
  '由',
  '从',
];

/** A growth rate named as a noun after its measure: 研发投入增速达86% (not 增长率: 人口自然增长率 is a level). */
export const GROWTH_NOUNS = ['增速', '增幅', '涨幅'];

/** Nouns that name an amount of the things just counted: 贷款388笔，金额7745万元. */
export const ATTRIBUTES = [
  '总金额',
  '金额',
  '总投资',
  '投资额',
  '投资',
  '总产值',
  '产值',
  '销售收入',
  '营业收入',
  '总额',
];

/** Bounds written after a figure's unit. */
export const BOUNDS: readonly (readonly [string, 'over' | 'around' | 'within'])[] = [
  ['以上', 'over'],
  ['左右', 'around'],
  ['以内', 'within'],
  ['以下', 'within'],
];

/** An area a rank is in (全市第3): what the rank's label says it is a rank of. */
export const RANK_AREA = /(全国|全省|全市|全区|全州|全县|省内|市内|全[省市](?:同类县[（(]?市[)）]?|县区|县市区))$/u;
/** Words that make 第N a rank rather than an ordinal (第3批). */
export const RANK_VERB = /(位居|排名|排位|排|居|位列|列)$/u;

/** Punctuation a clause ends at. */
export const CLAUSE_END = /[，；。！？：\n]/u;
/** Where a figure's own phrase starts: a clause's start, or a list item's. */
export const ITEM_START = /[，；。！？：、\n]/u;

/**
 * The last offset before `before` (and from `floor` on) where `pattern` matches
 * outside quotation marks (“千村示范、万村整治” is one name, not a list), or floor - 1.
 */
export function lastBoundary(p: string, pattern: RegExp, before: number, floor = 0): number {
  let depth = 0;
  for (let i = before - 1; i >= floor; i -= 1) {
    const c = p[i]!;
    if (c === '”') depth += 1;
    else if (c === '“') depth = Math.max(0, depth - 1);
    else if (depth === 0 && pattern.test(c)) return i;
  }
  return floor - 1;
}

/** Strips any of `words` from the start of `text`, again and again. */
export function stripLeading(text: string, words: readonly string[]): string {
  let out = text;
  for (let found = true; found;) {
    found = false;
    for (const word of words) {
      if (out.startsWith(word)) {
        out = out.slice(word.length);
        found = true;
      }
    }
  }
  return out;
}
