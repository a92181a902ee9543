import type {Lang} from '../types.js';

/**
 * How an issuing institution could supply a missing EU element, in the encodings Dutch
 * credentials use (standards.md §1.3: the edubadges badge class fields and extensions, and
 * the Open Badges 3.0 path). Shown in the learner preview, so the learner can pass it on.
 */
const HINTS: Record<Lang, Record<string, string>> = {
  en: {
    'EU-M1': 'Issue it to the learner: a recipient identifier (edubadges: the eduID or e-mail address; OB 3.0: credentialSubject.id or identifier).',
    'EU-M2': 'Give the badge a name (OB 3.0: achievement.name).',
    'EU-M3': 'State the issuer\'s country (edubadges: InstitutionCountryExtension; OB 3.0: issuer.address.addressCountryCode, e.g. "NL").',
    'EU-M4': 'Name the awarding institution (OB 3.0: issuer.name; edubadges adds the institution name and BRIN).',
    'EU-M5': 'Record the date of issue (OB 3.0: validFrom; OB 2.0: issuedOn).',
    'EU-M6': 'Describe the learning outcomes (edubadges: LearningOutcomeExtension; OB 3.0: achievement.description or an alignment).',
    'EU-M7': 'State the study load in EC, or in hours (edubadges: ECTSExtension, StudyLoadExtension or TimeInvestmentExtension; OB 3.0: achievement.creditsAvailable).',
    'EU-M8': 'State the EQF/NLQF level (edubadges: EQFExtension; OB 3.0: an alignment to the EQF).',
    'EU-M9': 'State the type of assessment (edubadges: assessmentType).',
    'EU-M10': 'State the form of participation: online, on site, blended (edubadges: participation).',
    'EU-M11': 'Name the quality assurance, e.g. the Dutch microcredential framework with its URL (edubadges: qualityAssuranceName and qualityAssuranceUrl).',
    'EU-O1': 'Optionally, state the prerequisites for enrolling.',
    'EU-O2': 'Optionally, say whether the assessment was supervised and the identity checked.',
    'EU-O3': 'Optionally, include the grade achieved.',
    'EU-O4': 'Optionally, say whether it stands alone or stacks towards a larger credential.',
    'EU-O5': 'Optionally, add a description or a link to more information.',
  },
  nl: {
    'EU-M1': 'Reik het uit aan de lerende: een ontvanger-id (edubadges: het eduID of e-mailadres; OB 3.0: credentialSubject.id of identifier).',
    'EU-M2': 'Geef de badge een naam (OB 3.0: achievement.name).',
    'EU-M3': 'Vermeld het land van de uitgever (edubadges: InstitutionCountryExtension; OB 3.0: issuer.address.addressCountryCode, bijvoorbeeld "NL").',
    'EU-M4': 'Noem de uitgevende instelling (OB 3.0: issuer.name; edubadges voegt de instellingsnaam en BRIN toe).',
    'EU-M5': 'Leg de datum van uitgifte vast (OB 3.0: validFrom; OB 2.0: issuedOn).',
    'EU-M6': 'Beschrijf de leeruitkomsten (edubadges: LearningOutcomeExtension; OB 3.0: achievement.description of een alignment).',
    'EU-M7': 'Vermeld de studielast in EC of in uren (edubadges: ECTSExtension, StudyLoadExtension of TimeInvestmentExtension; OB 3.0: achievement.creditsAvailable).',
    'EU-M8': 'Vermeld het EQF/NLQF-niveau (edubadges: EQFExtension; OB 3.0: een alignment naar het EQF).',
    'EU-M9': 'Vermeld de toetsvorm (edubadges: assessmentType).',
    'EU-M10': 'Vermeld de vorm van deelname: online, op locatie, blended (edubadges: participation).',
    'EU-M11': 'Noem de kwaliteitsborging, bijvoorbeeld het Nederlandse kwaliteitskader met zijn URL (edubadges: qualityAssuranceName en qualityAssuranceUrl).',
    'EU-O1': 'Vermeld eventueel de toelatingseisen.',
    'EU-O2': 'Vermeld eventueel of de toets onder toezicht was en de identiteit is gecontroleerd.',
    'EU-O3': 'Neem eventueel het behaalde resultaat op.',
    'EU-O4': 'Vermeld eventueel of het op zichzelf staat of stapelbaar is tot een groter geheel.',
    'EU-O5': 'Voeg eventueel een beschrijving of een link naar meer informatie toe.',
  },
};

export const fixHint = (elementId: string, lang: Lang): string | null => HINTS[lang][elementId] ?? null;
