import type { CatalogEntry } from '../../domain/plan/catalog';
import { untranslated } from './untranslated';

/**
 * Part of the "10": credentials from content-facts.md Part 1, described only as their providers
 * state them. Null means the source did not state it — never fill it in from memory.
 */
export const credentials: CatalogEntry[] = [
  {
    id: 'cptm',
    type: 'credential',
    title: untranslated('Certified Professional in Training Management (CPTM)'),
    summary: {
      en: 'A credential in managing the training function, earned in three steps: self-paced eLearning modules, a live virtual practicum and an exam. Launched in 2015 with Pearson, it had over 2,000 holders by 2025.',
      es: 'Una certificación en gestión de la función de formación que se obtiene en tres pasos: módulos de eLearning a tu ritmo, un practicum virtual en directo y un examen. Se lanzó en 2015 con Pearson y en 2025 ya tenía más de 2.000 titulares.',
      fr: 'Une certification en management de la fonction formation, obtenue en trois étapes : des modules e-learning à votre rythme, un practicum virtuel en direct et un examen. Lancée en 2015 avec Pearson, elle comptait plus de 2 000 titulaires en 2025.',
    },
    provider: 'Training Industry, Inc.',
    skills: ['strategic-thinking', 'business-acumen', 'data-driven-decisions'],
    level: 'foundational',
    effort: {
      en: '10 self-paced eLearning modules of 2–4 hours each (20–40 hours in total); about 4 weeks advised',
      es: '10 módulos de eLearning a tu ritmo de 2 a 4 horas cada uno (de 20 a 40 horas en total); se aconsejan unas 4 semanas',
      fr: '10 modules e-learning à votre rythme de 2 à 4 heures chacun (20 à 40 heures au total) ; environ 4 semaines conseillées',
    },
    format: {
      en: 'Self-paced eLearning, then a live virtual practicum, then an exam; recertification every 2 years',
      es: 'eLearning a tu ritmo, después un practicum virtual en directo y, por último, un examen; renovación cada 2 años',
      fr: 'E-learning à votre rythme, puis un practicum virtuel en direct, puis un examen ; recertification tous les 2 ans',
    },
    prerequisites: {
      en: 'None. The ideal candidate has 2 or more years in a training role (not required).',
      es: 'Ninguno. El candidato ideal tiene 2 o más años en un puesto de formación (no es obligatorio).',
      fr: "Aucun. Le candidat idéal a au moins 2 ans d'expérience dans un poste de formation (non obligatoire).",
    },
    url: 'https://www.trainingindustry.com',
  },
  {
    id: 'aptd',
    type: 'credential',
    title: untranslated('Associate Professional in Talent Development (APTD)'),
    summary: {
      en: 'An exam-based ATD credential for early-career talent-development professionals and for people whose role includes talent development. It is a step toward the CPTD: 4 years of experience plus a current APTD is one route to CPTD eligibility.',
      es: 'Una certificación de ATD basada en un examen, dirigida a quienes empiezan en el desarrollo del talento o lo tienen como parte de su puesto. Es un paso hacia la CPTD: 4 años de experiencia y una APTD vigente son una de las vías para optar a ella.',
      fr: "Une certification ATD obtenue par examen, destinée aux professionnels du développement des talents en début de carrière ou dont le poste en comprend une part. C'est un pas vers la CPTD : 4 ans d'expérience et une APTD en cours de validité ouvrent l'une des voies d'accès.",
    },
    provider: 'ATD Certification Institute',
    skills: ['data-driven-decisions'],
    level: 'foundational',
    effort: null,
    format: { en: 'Exam', es: 'Examen', fr: 'Examen' },
    prerequisites: {
      en: '3 years of talent-development experience plus 28 hours of professional development in the last 3 years',
      es: '3 años de experiencia en desarrollo del talento y 28 horas de desarrollo profesional en los últimos 3 años',
      fr: "3 ans d'expérience en développement des talents et 28 heures de développement professionnel au cours des 3 dernières années",
    },
    url: 'https://www.td.org/certification/aptd',
  },
  {
    id: 'shrm-cp',
    type: 'credential',
    title: untranslated('SHRM Certified Professional (SHRM-CP)'),
    summary: {
      en: 'An exam-based HR credential at the operational level. Holding it for 3 years while moving into a strategic role is one route to SHRM-SCP eligibility.',
      es: 'Una certificación de RR. HH. de nivel operativo basada en un examen. Tenerla durante 3 años mientras pasas a un puesto estratégico es una de las vías para optar a la SHRM-SCP.',
      fr: "Une certification RH de niveau opérationnel, obtenue par examen. La détenir depuis 3 ans en évoluant vers un poste stratégique est l'une des voies d'accès à la SHRM-SCP.",
    },
    provider: 'Society for Human Resource Management (SHRM)',
    skills: ['business-acumen'],
    level: 'foundational',
    effort: null,
    format: {
      en: 'Exam at the operational level',
      es: 'Examen de nivel operativo',
      fr: 'Examen de niveau opérationnel',
    },
    prerequisites: {
      en: 'No degree or HR experience required; basic HR knowledge recommended.',
      es: 'No se exige titulación ni experiencia en RR. HH.; se recomiendan conocimientos básicos de RR. HH.',
      fr: 'Aucun diplôme ni aucune expérience RH exigés ; des connaissances RH de base sont recommandées.',
    },
    url: 'https://www.shrm.org/certification',
  },
  {
    id: 'cptd',
    type: 'credential',
    title: untranslated('Certified Professional in Talent Development (CPTD)'),
    summary: {
      en: 'The ATD credential for experienced talent-development professionals (formerly CPLP), based on the ATD Talent Development Capability Model. You earn it with a standardized exam and renew it every 3 years.',
      es: 'La certificación de ATD para profesionales con experiencia en desarrollo del talento (antes CPLP), basada en el ATD Talent Development Capability Model. Se obtiene con un examen estandarizado y se renueva cada 3 años.',
      fr: "La certification ATD des professionnels expérimentés du développement des talents (anciennement CPLP), fondée sur l'ATD Talent Development Capability Model. Elle s'obtient par un examen standardisé et se renouvelle tous les 3 ans.",
    },
    provider: 'ATD Certification Institute',
    skills: ['strategic-thinking', 'business-acumen', 'data-driven-decisions'],
    level: 'advanced',
    effort: {
      en: 'A 3-hour exam',
      es: 'Un examen de 3 horas',
      fr: 'Un examen de 3 heures',
    },
    format: {
      en: 'Standardized exam; recertification every 3 years',
      es: 'Examen estandarizado; renovación cada 3 años',
      fr: 'Examen standardisé ; recertification tous les 3 ans',
    },
    prerequisites: {
      en: 'Any one of: 5 years of paid talent-development experience plus 60 hours of professional development in the last 5 years; 4 years of experience plus a current APTD; or 5 years of experience plus an ATD Master Series certificate earned in the last 5 years.',
      es: 'Una de estas opciones: 5 años de experiencia remunerada en desarrollo del talento y 60 horas de desarrollo profesional en los últimos 5 años; 4 años de experiencia y una APTD vigente; o 5 años de experiencia y un certificado ATD Master Series obtenido en los últimos 5 años.',
      fr: "L'une de ces conditions : 5 ans d'expérience rémunérée en développement des talents et 60 heures de développement professionnel au cours des 5 dernières années ; 4 ans d'expérience et une APTD en cours de validité ; ou 5 ans d'expérience et un certificat ATD Master Series obtenu au cours des 5 dernières années.",
    },
    url: 'https://www.td.org/certification/cptd',
  },
  {
    id: 'shrm-scp',
    type: 'credential',
    title: untranslated('SHRM Senior Certified Professional (SHRM-SCP)'),
    summary: {
      en: 'An exam-based credential for strategic-level HR work: setting policy, overseeing HR operations, analysing performance metrics and aligning HR with organizational goals. Useful if your path to the executive team runs through HR.',
      es: 'Una certificación basada en un examen para el trabajo de RR. HH. de nivel estratégico: definir políticas, supervisar las operaciones de RR. HH., analizar indicadores de desempeño y alinear RR. HH. con los objetivos de la organización. Útil si tu camino hacia el equipo directivo pasa por RR. HH.',
      fr: "Une certification obtenue par examen pour le travail RH de niveau stratégique : définir les politiques, superviser les opérations RH, analyser les indicateurs de performance et aligner les RH sur les objectifs de l'organisation. Utile si votre chemin vers le comité de direction passe par les RH.",
    },
    provider: 'Society for Human Resource Management (SHRM)',
    skills: ['strategic-thinking', 'business-acumen', 'data-driven-decisions'],
    level: 'advanced',
    effort: null,
    format: {
      en: 'Exam; renewal every 3 years',
      es: 'Examen; renovación cada 3 años',
      fr: 'Examen ; renouvellement tous les 3 ans',
    },
    prerequisites: {
      en: '3 years of strategic-level HR or HR-related work, or a SHRM-CP held for 3 years while moving into a strategic role. No degree or HR title needed.',
      es: '3 años de trabajo de nivel estratégico en RR. HH. o en funciones relacionadas, o tener la SHRM-CP desde hace 3 años y estar pasando a un puesto estratégico. No se necesita titulación ni un cargo de RR. HH.',
      fr: "3 ans de travail RH ou lié aux RH de niveau stratégique, ou une SHRM-CP détenue depuis 3 ans et une évolution vers un poste stratégique. Aucun diplôme ni intitulé de poste RH n'est requis.",
    },
    url: 'https://www.shrm.org/certification',
  },
  {
    id: 'roi-methodology-certification',
    type: 'credential',
    title: untranslated('Certification in the ROI Methodology (Certified ROI Professional, CRP)'),
    summary: {
      en: "A workshop-based certification in the ROI Methodology, which evaluates programs at five levels (reaction, learning, application, impact, ROI), isolates a program's effects and fully loads its costs. It leads to the Certified ROI Professional (CRP) designation; check the current requirements with ROI Institute.",
      es: 'Una certificación en talleres sobre la ROI Methodology, que evalúa los programas en cinco niveles (reacción, aprendizaje, aplicación, impacto y ROI), aísla los efectos de cada programa e imputa todos sus costes. Conduce a la designación Certified ROI Professional (CRP); consulta los requisitos actuales con ROI Institute.',
      fr: "Une certification en ateliers sur la ROI Methodology, qui évalue les programmes à cinq niveaux (réaction, apprentissage, application, impact, ROI), isole les effets d'un programme et en intègre tous les coûts. Elle mène au titre de Certified ROI Professional (CRP) ; vérifiez les conditions actuelles auprès de ROI Institute.",
    },
    provider: 'ROI Institute',
    skills: ['business-acumen', 'data-driven-decisions'],
    level: 'advanced',
    effort: null,
    format: {
      en: 'Workshop-based',
      es: 'Basada en talleres',
      fr: "Sous forme d'ateliers",
    },
    prerequisites: null,
    url: 'https://www.roiinstitute.net',
  },
];
