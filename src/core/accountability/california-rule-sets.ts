/**
 * California's DA rule sets, one per Dashboard year (RULES.md §3), as data. Each area cites
 * the RULES.md table it transcribes; each set lists its sources (RULES.md "Sources").
 * `californiaRuleSets(settings)` applies the settings that change rule content (Q1, Q2, Q5, Q8).
 */
import type { StudentGroup } from './da-codes';
import { CALIFORNIA_DA_SETTINGS, type DaSettings } from './da-settings';
import type { ColorGrid, CriterionAlternative, PriorityArea, RuleSet } from './rule-set';

/** RULES.md "Sources", by id. */
const DA_SOURCES = {
  SEED: 'SEED: SBE memo of June 20, 2018, Attachment 3 (docs/rules/differentiated-assistance.md)',
  'CDE-17': 'CDE-17: https://www.cde.ca.gov/ta/ac/cm/leaproposedcrit2018.asp',
  'CDE-19': 'CDE-19: https://www.cde.ca.gov/ta/ac/cm/leaproposedcrit.asp (2019–20 version)',
  'CDE-22': 'CDE-22: https://www.cde.ca.gov/ta/ac/cm/leaproposedcrit.asp (2022–23 version)',
  'CDE-23': 'CDE-23: https://cde.ca.gov/ta/ac/cm/leaproposedcrit.asp (2023 version)',
  'CDE-24': 'CDE-24: https://cde.ca.gov/TA/ac/cm/leaproposedcrit.asp (2024 version)',
  'CDE-25': 'CDE-25: https://www.cde.ca.gov/ta/AC/cm/leaproposedcrit.asp (2025 version)',
  LAY18: 'LAY18: https://www.cde.ca.gov/fg/aa/lc/statusrecordlayout18.asp',
  LOW23: 'LOW23: https://www.cde.ca.gov/FG/AA/lc/lowperflea23.asp',
  G18: 'G18: https://www.cde.ca.gov/ta/ac/cm/fivebyfivecolortables18.asp',
  G19: 'G19: https://cde.ca.gov/ta/aC/cm/fivebyfivecolortables19.asp',
  G23: 'G23: https://cde.ca.gov/Ta/ac/cm/fivebyfivecolortables23.asp',
  CA24: 'CA24: https://www.cde.ca.gov/Ta/ac/cm/chronic24.asp',
  ELPI23: 'ELPI23: https://cde.ca.gov/TA/ac/cm/dashboardelp.asp',
  LTEL: 'LTEL: https://cde.ca.gov/ds/ad/lteldef.asp',
  'CCEE-LTEL': 'CCEE-LTEL: https://ccee-ca.org/author/mmagyar',
  EC47607_3: 'EC47607.3: https://california.public.law/codes/ca_educ_code_section_47607.3',
  AB1505: 'AB1505: https://legiscan.com/CA/text/AB1505/id/1961662',
  EC52072:
    'EC52072: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=52072&lawCode=EDC',
  EDS18:
    'EDS18: https://edsource.org/2018/ratings-in-updated-california-school-dashboard-target-more-districts-for-assistance/605772',
  WUSD: 'WUSD: https://www.washingtonusd.org/about-us/school-accountability-dashboard',
  CSBA24:
    'CSBA24: https://publications.csba.org/california-school-news/february-2024/california-school-dashboard-shows-decrease-in-chronic-absenteeism',
} as const;

/** R1.8: the 13 non-ALL student groups (LAY18, LOW23); LTEL is added from 2024. */
const THIRTEEN_GROUPS: StudentGroup[] = [
  'AA',
  'AI',
  'AS',
  'FI',
  'HI',
  'PI',
  'WH',
  'MR',
  'EL',
  'SED',
  'SWD',
  'FOS',
  'HOM',
];

/**
 * R1.6: the chronic absenteeism grid (identical cells in G18, G19 and G23; Increased is the
 * bad direction). CA-2024 and CA-2025 are "as CA-2023" and keep it [D].
 */
export const CHRONIC_ABSENTEEISM_GRID: ColorGrid = {
  VERY_LOW: {
    INCREASED_SIGNIFICANTLY: 'YELLOW',
    INCREASED: 'GREEN',
    MAINTAINED: 'BLUE',
    DECLINED: 'BLUE',
    DECLINED_SIGNIFICANTLY: 'BLUE',
  },
  LOW: {
    INCREASED_SIGNIFICANTLY: 'ORANGE',
    INCREASED: 'YELLOW',
    MAINTAINED: 'GREEN',
    DECLINED: 'GREEN',
    DECLINED_SIGNIFICANTLY: 'BLUE',
  },
  MEDIUM: {
    INCREASED_SIGNIFICANTLY: 'ORANGE',
    INCREASED: 'ORANGE',
    MAINTAINED: 'YELLOW',
    DECLINED: 'GREEN',
    DECLINED_SIGNIFICANTLY: 'GREEN',
  },
  HIGH: {
    INCREASED_SIGNIFICANTLY: 'RED',
    INCREASED: 'ORANGE',
    MAINTAINED: 'ORANGE',
    DECLINED: 'YELLOW',
    DECLINED_SIGNIFICANTLY: 'YELLOW',
  },
  VERY_HIGH: {
    INCREASED_SIGNIFICANTLY: 'RED',
    INCREASED: 'RED',
    MAINTAINED: 'RED',
    DECLINED: 'ORANGE',
    DECLINED_SIGNIFICANTLY: 'YELLOW',
  },
};

/** "Red ELA+Math": Red on both, or Red on one and Orange on the other (RULES.md §3, SEED P4). */
function redElaAndMath(excludeGroups?: StudentGroup[]): CriterionAlternative[] {
  const limit = excludeGroups ? { excludeGroups } : {};
  return [
    {
      all: [
        { indicator: 'ELA', colors: ['RED'] },
        { indicator: 'MATH', colors: ['RED', 'ORANGE'] },
      ],
      ...limit,
    },
    {
      all: [
        { indicator: 'MATH', colors: ['RED'] },
        { indicator: 'ELA', colors: ['RED', 'ORANGE'] },
      ],
      ...limit,
    },
  ];
}

const localOnly = (
  id: PriorityArea['id'],
  local: NonNullable<PriorityArea['local']>,
  coeOnly = false,
): PriorityArea => (coeOnly ? { id, local, coeOnly } : { id, local });

/** CA-2018, the seed memo's table (SEED, Attachment 3); CA-2017 is the same set. */
function seedRuleSet(id: string, dashboardYear: number): RuleSet {
  return {
    id,
    dashboardYear,
    sources: [
      DA_SOURCES.SEED,
      DA_SOURCES['CDE-17'],
      DA_SOURCES.EDS18,
      DA_SOURCES.LAY18,
      DA_SOURCES.G18,
      DA_SOURCES.EC47607_3,
    ],
    daStudentGroups: THIRTEEN_GROUPS,
    minGroupSize: CALIFORNIA_DA_SETTINGS.minGroupSize,
    localIndicators: { used: true, leaLevelRoute: false },
    calpadsRoute: false,
    charterRule: 'THREE_OF_FOUR_YEARS', // R3.1, R6.1
    intensive: { minGroups: 3, yearsMet: 3, window: 4 }, // R5.1
    priorityAreas: [
      localOnly('P1', 1), // SEED: Basics, local indicator Not Met 2+ years
      localOnly('P2', 2), // SEED: Implementation of State Academic Standards
      localOnly('P3', 3), // SEED: Parent Engagement
      // SEED P4: Red ELA+Math; Red ELPI for the EL group only (no ELPI color in 2018, EDS18).
      {
        id: 'P4',
        any: [...redElaAndMath(), { all: [{ indicator: 'ELPI', colors: ['RED'] }], onlyGroups: ['EL'] }],
      },
      // SEED P5: Red graduation rate or Red chronic absence.
      {
        id: 'P5',
        any: [
          { all: [{ indicator: 'GRAD', colors: ['RED'] }] },
          { all: [{ indicator: 'CHRONIC', colors: ['RED'] }] },
        ],
      },
      // SEED P6: Red suspension rate, or the local climate indicator.
      { id: 'P6', local: 6, any: [{ all: [{ indicator: 'SUSP', colors: ['RED'] }] }] },
      // SEED P7 & 8, one area: Red College/Career.
      { id: 'P7_8', any: [{ all: [{ indicator: 'CCI', colors: ['RED'] }] }] },
    ],
    grids: { CHRONIC: CHRONIC_ABSENTEEISM_GRID },
  };
}

/**
 * RULES.md CA-2018 notes, setting Q8 = CDE_17: CDE-17's 2017–18 list, which adds the P7 local
 * indicator and P9/P10 for COEs and lists Red CCI under both P7 and P8.
 */
function cde17RuleSet(id: string, dashboardYear: number): RuleSet {
  const seed = seedRuleSet(id, dashboardYear);
  const redCci: CriterionAlternative[] = [{ all: [{ indicator: 'CCI', colors: ['RED'] }] }];
  return {
    ...seed,
    sources: [DA_SOURCES['CDE-17'], ...seed.sources.filter((s) => s !== DA_SOURCES['CDE-17'])],
    priorityAreas: [
      ...seed.priorityAreas.filter((a) => a.id !== 'P7_8'),
      { id: 'P7', local: 7, any: redCci },
      { id: 'P8', any: redCci },
      localOnly('P9', 9, true),
      localOnly('P10', 10, true),
    ],
  };
}

/** CA-2019 (CDE-19). */
function ruleSet2019(): RuleSet {
  return {
    id: 'CA-2019',
    dashboardYear: 2019,
    sources: [
      DA_SOURCES['CDE-19'],
      DA_SOURCES.G19,
      DA_SOURCES.EC47607_3,
      DA_SOURCES.AB1505,
      DA_SOURCES.EC52072,
    ],
    daStudentGroups: THIRTEEN_GROUPS,
    minGroupSize: CALIFORNIA_DA_SETTINGS.minGroupSize,
    localIndicators: { used: true, leaLevelRoute: false },
    calpadsRoute: false,
    charterRule: 'THREE_OF_FOUR_YEARS', // R3.2: AB 1505's two-year rule starts with 2020–21
    intensive: { minGroups: 3, yearsMet: 3, window: 4 },
    priorityAreas: [
      localOnly('P1', 1),
      localOnly('P2', 2),
      localOnly('P3', 3),
      // CDE-19 P4: Red ELA+Math; ELPI Status Very Low, EL only (only ELPI Status existed in 2019).
      {
        id: 'P4',
        any: [
          ...redElaAndMath(),
          { all: [{ indicator: 'ELPI', statusLevels: ['VERY_LOW'] }], onlyGroups: ['EL'] },
        ],
      },
      {
        id: 'P5',
        any: [
          { all: [{ indicator: 'GRAD', colors: ['RED'] }] },
          { all: [{ indicator: 'CHRONIC', colors: ['RED'] }] },
        ],
      },
      { id: 'P6', local: 6, any: [{ all: [{ indicator: 'SUSP', colors: ['RED'] }] }] },
      localOnly('P7', 7), // CDE-19 P7: local indicator only
      { id: 'P8', any: [{ all: [{ indicator: 'CCI', colors: ['RED'] }] }] }, // CDE-19 P8: Red CCI
      localOnly('P9', 9, true), // R2.5: COEs only
      localOnly('P10', 10, true),
    ],
    grids: { CHRONIC: CHRONIC_ABSENTEEISM_GRID },
  };
}

/** CA-2022, Status only (CDE-22, WUSD; R3.3): no local indicators, no CCI, no colors. */
function ruleSet2022(): RuleSet {
  return {
    id: 'CA-2022',
    dashboardYear: 2022,
    sources: [DA_SOURCES['CDE-22'], DA_SOURCES.WUSD, DA_SOURCES.EC47607_3, DA_SOURCES.AB1505],
    daStudentGroups: THIRTEEN_GROUPS,
    minGroupSize: CALIFORNIA_DA_SETTINGS.minGroupSize,
    localIndicators: { used: false, leaLevelRoute: false },
    calpadsRoute: false,
    charterRule: 'TWO_CONSECUTIVE_YEARS', // R6.2, R6.3
    intensive: { minGroups: 3, yearsMet: 3, window: 4 },
    priorityAreas: [
      // CDE-22 P4: ELA and Math both Very Low (no Red+Orange analogue), or ELPI Very Low.
      // ELPI is kept EL-only: the page does not label it, but ELPI exists only for EL (R3.3) [D].
      {
        id: 'P4',
        any: [
          {
            all: [
              { indicator: 'ELA', statusLevels: ['VERY_LOW'] },
              { indicator: 'MATH', statusLevels: ['VERY_LOW'] },
            ],
          },
          { all: [{ indicator: 'ELPI', statusLevels: ['VERY_LOW'] }], onlyGroups: ['EL'] },
        ],
      },
      // CDE-22 P5: graduation Very Low, or chronic absenteeism Very High (reversed scale, R1.4).
      {
        id: 'P5',
        any: [
          { all: [{ indicator: 'GRAD', statusLevels: ['VERY_LOW'] }] },
          { all: [{ indicator: 'CHRONIC', statusLevels: ['VERY_HIGH'] }] },
        ],
      },
      // CDE-22 P6: suspension Very High.
      { id: 'P6', any: [{ all: [{ indicator: 'SUSP', statusLevels: ['VERY_HIGH'] }] }] },
    ],
  };
}

/** CA-2023: as CA-2019, colors back, P8 = CCI Status Very Low, routes of R2.3 (CDE-23). */
function ruleSet2023(): RuleSet {
  const base = ruleSet2019();
  return {
    ...base,
    id: 'CA-2023',
    dashboardYear: 2023,
    sources: [
      DA_SOURCES['CDE-23'],
      DA_SOURCES['CDE-24'],
      DA_SOURCES.LOW23,
      DA_SOURCES.CSBA24,
      DA_SOURCES.ELPI23,
      DA_SOURCES.G23,
      DA_SOURCES.EC47607_3,
      DA_SOURCES.EC52072,
    ],
    localIndicators: { used: true, leaLevelRoute: true }, // R2.3 (b)
    charterRule: 'TWO_CONSECUTIVE_YEARS', // R6.2 with 2022 and 2023
    priorityAreas: base.priorityAreas.map((area): PriorityArea => {
      // ELPI23: the ELPI color returns (Red, EL group only).
      if (area.id === 'P4')
        return {
          id: 'P4',
          any: [...redElaAndMath(), { all: [{ indicator: 'ELPI', colors: ['RED'] }], onlyGroups: ['EL'] }],
        };
      // LOW23, CSBA24: CCI had Status only in 2023; Very Low stands in for Red.
      if (area.id === 'P8')
        return { id: 'P8', any: [{ all: [{ indicator: 'CCI', statusLevels: ['VERY_LOW'] }] }] };
      return area;
    }),
  };
}

/** CA-2024: as CA-2023, P8 = Red CCI, LTEL added, CALPADS route (CDE-24, LTEL, CA24). */
function ruleSet2024(ltel: DaSettings['ltel2024']): RuleSet {
  const base = ruleSet2023();
  return {
    ...base,
    id: 'CA-2024',
    dashboardYear: 2024,
    sources: [
      DA_SOURCES['CDE-24'],
      DA_SOURCES.LTEL,
      DA_SOURCES['CCEE-LTEL'],
      DA_SOURCES.CA24,
      DA_SOURCES.EC47607_3,
      DA_SOURCES.EC52072,
    ],
    daStudentGroups: [...THIRTEEN_GROUPS, 'LTEL'],
    calpadsRoute: true,
    priorityAreas: base.priorityAreas.map((area): PriorityArea => {
      // Q5 [D]: LTEL judged on ELA/Math like any group, ELPI EL-only — unless the setting says 2025's way.
      if (area.id === 'P4' && ltel === 'AS_IN_2025') return ltelPriority4();
      if (area.id === 'P8') return { id: 'P8', any: [{ all: [{ indicator: 'CCI', colors: ['RED'] }] }] };
      return area;
    }),
  };
}

/** CDE-25 P4: for LTEL only, Red or Orange ELPI; ELA/Math not used for LTEL; Red ELPI for EL. */
function ltelPriority4(): PriorityArea {
  return {
    id: 'P4',
    any: [
      ...redElaAndMath(['LTEL']),
      { all: [{ indicator: 'ELPI', colors: ['RED'] }], onlyGroups: ['EL'] },
      { all: [{ indicator: 'ELPI', colors: ['RED', 'ORANGE'] }], onlyGroups: ['LTEL'] },
    ],
  };
}

/** CA-2025: as CA-2024 with LTEL's own Priority 4 (CDE-25). */
function ruleSet2025(): RuleSet {
  const base = ruleSet2024('ACADEMIC_INDICATORS');
  return {
    ...base,
    id: 'CA-2025',
    dashboardYear: 2025,
    sources: [DA_SOURCES['CDE-25'], DA_SOURCES.EC47607_3, DA_SOURCES.EC52072],
    priorityAreas: base.priorityAreas.map((area) => (area.id === 'P4' ? ltelPriority4() : area)),
  };
}

/**
 * California's rule sets CA-2017 … CA-2025 (no 2020 or 2021: no Dashboard, R1.10), with the
 * settings that change rule content applied: Q1 (All Students), Q2 (minimum sizes), Q5 (LTEL
 * in 2024), Q8 (seed or CDE-17 for 2017 and 2018).
 */
export function californiaRuleSets(settings: DaSettings = CALIFORNIA_DA_SETTINGS): RuleSet[] {
  const early = settings.rules2018 === 'CDE_17' ? cde17RuleSet : seedRuleSet;
  const sets = [
    early('CA-2017', 2017),
    early('CA-2018', 2018),
    ruleSet2019(),
    ruleSet2022(),
    ruleSet2023(),
    ruleSet2024(settings.ltel2024),
    ruleSet2025(),
  ];
  return sets.map((set) => ({
    ...set,
    daStudentGroups: settings.countAllStudents ? ['ALL', ...set.daStudentGroups] : [...set.daStudentGroups],
    minGroupSize: { ...settings.minGroupSize },
  }));
}
