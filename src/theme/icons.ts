/**
 * The deck's icons: Lucide's (ISC licence), imported one by one so that only
 * these are bundled, and drawn inline from their nodes: no icon font, no
 * request. The composition names an icon by what it stands for; the theme
 * chooses its drawing here.
 */
import {
  Award,
  Banknote,
  BookOpen,
  Briefcase,
  Building,
  CloudSun,
  Compass,
  Construction,
  Droplets,
  Factory,
  Flag,
  Gauge,
  GraduationCap,
  Handshake,
  HeartHandshake,
  HeartPulse,
  Landmark,
  Leaf,
  Lightbulb,
  Package,
  Palette,
  RadioTower,
  Route,
  Scale,
  ShieldCheck,
  ShieldPlus,
  Ship,
  Shirt,
  ShoppingCart,
  Sprout,
  Stethoscope,
  Target,
  Tractor,
  TrendingUp,
  Truck,
  Users,
  Wheat,
  Wrench,
  type IconNode,
} from 'lucide';

export const icons = {
  agriculture: Wheat,
  award: Award,
  city: Building,
  commerce: ShoppingCart,
  culture: Palette,
  digital: RadioTower,
  ecology: Leaf,
  education: GraduationCap,
  efficiency: Gauge,
  epidemic: ShieldPlus,
  finance: Banknote,
  goal: Target,
  government: Landmark,
  growth: TrendingUp,
  health: Stethoscope,
  industry: Factory,
  innovation: Lightbulb,
  integrity: ShieldCheck,
  jobs: Briefcase,
  law: Scale,
  learning: BookOpen,
  livelihood: HeartHandshake,
  logistics: Truck,
  machinery: Tractor,
  opening: Ship,
  packaging: Package,
  partnership: Handshake,
  people: Users,
  policy: Flag,
  projects: Construction,
  reform: Wrench,
  roads: Route,
  rural: Sprout,
  safety: ShieldCheck,
  sky: CloudSun,
  textiles: Shirt,
  vision: Compass,
  water: Droplets,
  wellbeing: HeartPulse,
} as const satisfies Record<string, IconNode>;

export type IconName = keyof typeof icons;

export function isIconName(name: string): name is IconName {
  return Object.hasOwn(icons, name);
}

/** What every icon shares: Lucide's 24-unit grid, drawn with a stroke in the text's colour. */
export const ICON_ATTRIBUTES = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An icon as SVG markup in one colour, for the exporters (the page builds it as DOM: render/icons.ts). */
export function iconMarkup(name: IconName, colour: string, size = 24): string {
  const attributes = { ...ICON_ATTRIBUTES, stroke: colour, width: String(size), height: String(size) };
  const head = Object.entries(attributes)
    .map(([key, value]) => `${key}="${escape(value)}"`)
    .join(' ');
  const body = icons[name]
    .map(
      ([tag, attrs]) =>
        `<${tag} ${Object.entries(attrs)
          .map(([key, value]) => `${key}="${escape(String(value))}"`)
          .join(' ')}/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" ${head}>${body}</svg>`;
}
