import type {Lang} from '../shared/index.js';

/** The demo pages' own words; everything about a credential comes from the element and the core. */
export const WORDS = {
  en: {
    language: 'Language',
    nav: {institution: 'Institution example', preview: 'Learner preview'},
    institution: {
      title: 'Example institution: course and alumni page',
      intro: 'This page shows <microcredential-verify> as an institution would embed it: one script tag and one element per credential. Each sample is verified in your browser right now, without the internet: the few documents the samples need (a status list, two edubadges API answers) are bundled with the demo (badge images still come from the issuer’s own site, as on a real page), and a demo trust list recognises the sample issuer "Example Corp", so you can see what "Verified" looks like.',
      badges: 'Badges, in running text',
      badgesIntro: 'The compact layout: select a badge to open its card.',
      cards: 'Cards',
      cardsIntro: 'The full layout: verdict, one sentence per check, the quality scorecard and technical details.',
      otherLanguage: 'The same credential with lang set on the element itself:',
      embed: 'How to embed it',
      embedIntro: 'Host the built script (npm run build writes dist/widget/) and add one element per credential, by URL or inline:',
    },
    preview: {
      title: 'Learner preview: how will others see my credential?',
      intro: 'Check your credential before you share it. Everything happens in this browser tab: a file you choose is read here and never uploaded; only what the credential itself names (its own address, its issuer\'s keys, its status list) is fetched.',
      drop: 'Drop a credential file here, or choose one',
      dropHint: 'JSON, JWT, or a badge image with the credential baked in (PNG, SVG).',
      choose: 'Choose a file',
      paste: 'Or paste the credential (JSON or JWT) or its web address',
      pastePlaceholder: '{"@context": …}  or  https://…',
      check: 'Check',
      checking: 'Checking…',
      fileRead: (name: string) => `Read from your computer: ${name}`,
      seenAs: 'What others will see',
      badge: 'As a badge',
      card: 'As a card',
      missing: 'What is missing, and how your institution could add it',
      missingIntro: 'The quality scorecard lists the EU standard elements for microcredentials and, for a Dutch microcredential, the framework rules. Pass these suggestions on to the institution that issued it.',
      nothingMissing: 'Every required EU element is present.',
      embed: 'Embed it on your own page',
      embedIntro: 'Copy this into your page (the script once, the element for each credential):',
      embedImage: 'A badge image cannot be embedded inline: publish it, or the credential inside it, and put its https address in src.',
      copy: 'Copy',
      copied: 'Copied',
      linkedin: 'Add to LinkedIn',
      linkedinIntro: 'Adds this credential to the Licenses & certifications section of your profile, with the issue month as the credential states it.',
      linkedinNeedsUrl: 'LinkedIn links to where your credential is published: check it by its web address (https) to get a link with "Show credential".',
      linkedinButton: 'Add to profile on LinkedIn',
      noTitle: 'The credential has no title, so LinkedIn cannot be given a name.',
    },
  },
  nl: {
    language: 'Taal',
    nav: {institution: 'Voorbeeld voor instellingen', preview: 'Voorbeeld voor lerenden'},
    institution: {
      title: 'Voorbeeldinstelling: opleidings- en alumnipagina',
      intro: 'Deze pagina toont <microcredential-verify> zoals een instelling het inbouwt: één scripttag en één element per certificaat. Elk voorbeeld wordt nu in je browser gecontroleerd, zonder internet: de paar documenten die de voorbeelden nodig hebben (een statuslijst, twee antwoorden van de edubadges-API) zitten in de demo (badge-afbeeldingen komen wel van de site van de uitgever, zoals op een echte pagina), en een demolijst van erkende uitgevers erkent de voorbeelduitgever "Example Corp", zodat je ziet hoe "Geverifieerd" eruitziet.',
      badges: 'Badges, in lopende tekst',
      badgesIntro: 'De compacte weergave: kies een badge om de kaart te openen.',
      cards: 'Kaarten',
      cardsIntro: 'De volledige weergave: oordeel, één zin per controle, de kwaliteitsscorekaart en technische details.',
      otherLanguage: 'Hetzelfde certificaat met lang op het element zelf:',
      embed: 'Zo bouw je het in',
      embedIntro: 'Zet het gebouwde script online (npm run build schrijft dist/widget/) en voeg per certificaat één element toe, met een URL of in de pagina:',
    },
    preview: {
      title: 'Voorbeeld voor lerenden: hoe zien anderen mijn certificaat?',
      intro: 'Controleer je certificaat voordat je het deelt. Alles gebeurt in dit browsertabblad: een bestand dat je kiest wordt hier gelezen en nooit geüpload; alleen wat het certificaat zelf noemt (zijn eigen adres, de sleutels van de uitgever, de statuslijst) wordt opgehaald.',
      drop: 'Sleep een certificaatbestand hierheen, of kies er een',
      dropHint: 'JSON, JWT, of een badge-afbeelding met het certificaat erin (PNG, SVG).',
      choose: 'Kies een bestand',
      paste: 'Of plak het certificaat (JSON of JWT) of het webadres ervan',
      pastePlaceholder: '{"@context": …}  of  https://…',
      check: 'Controleer',
      checking: 'Controleren…',
      fileRead: (name: string) => `Gelezen van je computer: ${name}`,
      seenAs: 'Wat anderen zien',
      badge: 'Als badge',
      card: 'Als kaart',
      missing: 'Wat ontbreekt er, en hoe kan je instelling het toevoegen',
      missingIntro: 'De kwaliteitsscorekaart noemt de EU-standaardelementen voor microcredentials en, voor een Nederlandse microcredential, de regels van het kwaliteitskader. Geef deze suggesties door aan de instelling die het uitgaf.',
      nothingMissing: 'Alle verplichte EU-elementen zijn aanwezig.',
      embed: 'Zet het op je eigen pagina',
      embedIntro: 'Kopieer dit naar je pagina (het script één keer, het element per certificaat):',
      embedImage: 'Een badge-afbeelding kun je niet in de pagina zelf zetten: publiceer hem, of het certificaat erin, en zet het https-adres in src.',
      copy: 'Kopieer',
      copied: 'Gekopieerd',
      linkedin: 'Toevoegen aan LinkedIn',
      linkedinIntro: 'Voegt dit certificaat toe aan het onderdeel Licenties en certificaten van je profiel, met de maand van uitgifte zoals het certificaat die noemt.',
      linkedinNeedsUrl: 'LinkedIn linkt naar de plek waar je certificaat gepubliceerd is: controleer het via zijn webadres (https) voor een link met "Certificaat tonen".',
      linkedinButton: 'Toevoegen aan profiel op LinkedIn',
      noTitle: 'Het certificaat heeft geen titel, dus LinkedIn krijgt geen naam mee.',
    },
  },
} as const;

/** `?lang=nl` first, then the browser's preferred languages; English otherwise. */
export function initialLang(search: string, languages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if(asked === 'en' || asked === 'nl') {
    return asked;
  }
  return languages[0]?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
