import type { CatalogEntry } from '../../domain/plan/catalog';

/**
 * Part of the "10": research on how development happens, from content-facts.md Part 2. The
 * provider is the journal or publisher named there; no address was verified, so url is null.
 */
export const readings: CatalogEntry[] = [
  {
    id: 'ccl-lessons-of-experience',
    type: 'reading',
    title: {
      en: 'The Lessons of Experience (CCL research summary)',
      es: 'The Lessons of Experience (resumen de la investigación del CCL)',
      fr: 'The Lessons of Experience (synthèse de la recherche du CCL)',
    },
    summary: {
      en: "CCL's summary of McCall, Lombardo and Morrison's 1988 research on how executives develop, the origin of the 70-20-10 formula: about 56% of 616 developmental events were challenging assignments. The percentages describe what happened, not a quota to prescribe.",
      es: 'El resumen del CCL de la investigación de McCall, Lombardo y Morrison (1988) sobre cómo se desarrollan los ejecutivos, origen de la fórmula 70-20-10: alrededor del 56 % de 616 experiencias de desarrollo fueron asignaciones exigentes. Los porcentajes describen lo que ocurrió, no una cuota que prescribir.',
      fr: "La synthèse du CCL sur la recherche de McCall, Lombardo et Morrison (1988) consacrée au développement des dirigeants, à l'origine de la formule 70-20-10 : environ 56 % des 616 expériences formatrices étaient des missions exigeantes. Ces pourcentages décrivent ce qui s'est passé, pas un quota à prescrire.",
    },
    provider: 'Center for Creative Leadership',
    skills: ['strategic-thinking', 'data-driven-decisions'],
    level: 'foundational',
    effort: null,
    format: {
      en: 'Research summary',
      es: 'Resumen de investigación',
      fr: 'Synthèse de recherche',
    },
    prerequisites: null,
    url: null,
  },
  {
    id: 'smither-london-reilly-2005',
    type: 'reading',
    title: {
      en: 'Smither, London & Reilly (2005): when 360 feedback leads to improvement',
      es: 'Smither, London y Reilly (2005): cuándo el feedback 360° lleva a mejorar',
      fr: 'Smither, London et Reilly (2005) : quand le feedback à 360° mène au progrès',
    },
    summary: {
      en: 'A meta-analysis of 24 longitudinal studies: improvement after 360 feedback is generally small. It is likeliest when the feedback shows a need to change, the recipient reacts positively and believes change is feasible, and sets goals and takes development actions.',
      es: 'Un metaanálisis de 24 estudios longitudinales: la mejora tras un feedback 360° suele ser pequeña. Es más probable cuando el feedback muestra que hace falta cambiar, quien lo recibe reacciona de forma positiva y cree que el cambio es posible, y se fija objetivos y emprende acciones de desarrollo.',
      fr: "Une méta-analyse de 24 études longitudinales : les progrès après un feedback à 360° sont en général modestes. Ils sont plus probables quand le feedback montre un besoin de changer, que la personne réagit positivement, croit le changement possible, se fixe des objectifs et passe à l'action.",
    },
    provider: 'Personnel Psychology',
    skills: ['resilience-adaptability', 'data-driven-decisions'],
    level: 'advanced',
    effort: null,
    format: {
      en: 'Journal article (meta-analysis)',
      es: 'Artículo de revista (metaanálisis)',
      fr: 'Article de revue (méta-analyse)',
    },
    prerequisites: null,
    url: null,
  },
  {
    id: 'kluger-denisi-1996',
    type: 'reading',
    title: {
      en: 'Kluger & DeNisi (1996): what feedback interventions do to performance',
      es: 'Kluger y DeNisi (1996): qué efecto tiene el feedback en el desempeño',
      fr: 'Kluger et DeNisi (1996) : ce que le feedback fait à la performance',
    },
    summary: {
      en: 'A meta-analysis of 607 effect sizes: feedback improved performance on average, but over one-third of feedback interventions made it worse. Effects dropped as attention shifted from the task to the self, so keep feedback on tasks and behaviors.',
      es: 'Un metaanálisis de 607 tamaños del efecto: el feedback mejoró el desempeño en promedio, pero más de un tercio de las intervenciones lo empeoraron. El efecto disminuía cuando la atención pasaba de la tarea a la persona, así que centra el feedback en tareas y conductas.',
      fr: "Une méta-analyse de 607 tailles d'effet : le feedback a amélioré la performance en moyenne, mais plus d'un tiers des interventions l'ont dégradée. L'effet diminuait quand l'attention passait de la tâche à la personne : centrez donc le feedback sur les tâches et les comportements.",
    },
    provider: 'Psychological Bulletin',
    skills: ['data-driven-decisions'],
    level: 'advanced',
    effort: null,
    format: {
      en: 'Journal article (meta-analysis)',
      es: 'Artículo de revista (metaanálisis)',
      fr: 'Article de revue (méta-analyse)',
    },
    prerequisites: null,
    url: null,
  },
  {
    id: 'london-smither-2002',
    type: 'reading',
    title: {
      en: 'London & Smither (2002): feedback orientation and feedback culture',
      es: 'London y Smither (2002): orientación al feedback y cultura de feedback',
      fr: 'London et Smither (2002) : orientation et culture du feedback',
    },
    summary: {
      en: "Whether feedback gets used depends on the person's receptivity and on the organization's feedback culture. That culture means non-threatening, behavior-focused feedback, coaching to interpret and use it, and links between improvement and valued outcomes.",
      es: 'Que el feedback se aproveche depende de la receptividad de la persona y de la cultura de feedback de la organización. Esa cultura supone un feedback no amenazante y centrado en conductas, coaching para interpretarlo y usarlo, y vínculos entre la mejora y resultados valorados.',
      fr: "L'usage du feedback dépend de la réceptivité de la personne et de la culture du feedback de l'organisation. Cette culture suppose un feedback non menaçant et centré sur les comportements, un accompagnement pour l'interpréter et s'en servir, et des liens entre les progrès et des résultats valorisés.",
    },
    provider: 'Human Resource Management Review',
    skills: ['resilience-adaptability', 'strategic-thinking'],
    level: 'advanced',
    effort: null,
    format: {
      en: 'Journal article',
      es: 'Artículo de revista',
      fr: 'Article de revue',
    },
    prerequisites: null,
    url: null,
  },
];
