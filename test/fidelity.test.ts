/**
 * Fidelity: every paragraph of the seed's collegevoorstel and RIB appears in
 * the text of the generated documents, read back from the PDF (its tagged
 * content, in reading order) and from the HTML. Deliberate corrections of the seed's slips are listed with their reason
 * and their corrected wording must appear instead.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  buildExample,
  exampleName,
  normalizeSpace,
  readHtmlText,
  readPdf,
  root,
} from './helpers.js'

/**
 * The seed lies beside the project (`../shared/seed`) on the development
 * machine and in CI, not in a fresh clone: there the comparison is skipped,
 * by name. `RAADSSTUK_REQUIRE_SEED=1` (set by `.ci/run`) makes a missing seed fail.
 */
const seedDir = join(root, '..', 'shared', 'seed')
const seedFile = existsSync(seedDir)
  ? readdirSync(seedDir).find((name) => name.endsWith('.txt'))
  : undefined
const seedMissing =
  seedFile === undefined && process.env['RAADSSTUK_REQUIRE_SEED'] !== '1'
const seed = seedMissing
  ? ''
  : readFileSync(join(seedDir, seedFile ?? 'missing.txt'), 'utf8')
/** `describe`, or a skip that says why in its name. */
const describeSeed = seedMissing
  ? (name: string, body: () => void) =>
      describe.skip(
        name + ': seed not found beside the project: ../shared/seed',
        body,
      )
  : describe
const ribStart = seed.indexOf('Van Burgemeester en Wethouders')

interface Correction {
  readonly seed: string
  readonly output: string
  readonly reason: string
}

/** Where the example deliberately differs from the seed, and why. `seed` is (part of) a seed paragraph. */
const corrections: Record<
  'collegevoorstel' | 'raadsinformatiebrief',
  Correction[]
> = {
  collegevoorstel: [
    {
      seed: 'Advies De Raad',
      output: 'Advies de raad',
      reason: 'label of the voorblad in sentence case',
    },
    {
      seed: 'Stand van zaken Wijkperspectief en Vitale Wijkaanpak Soesterkwartier',
      output:
        'Onderwerp Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
      reason:
        'two titles for one subject: the voorblad now shows the one onderwerp of the proposal',
    },
    {
      seed: 'Bij wijze van experiment een vrijwilligersvergoeding te geven aan de inwoners die lid zijn van de werkgroep Wijkperspectief Soesterkwartier, ter hoogte van €180,- per persoon per maand met een maximum van €1.800,- per jaar, met terugwerkende kracht vanaf maart 2021 tot eind van 2021, en dit na afronding van het project te evalueren.',
      output:
        '1. Bij wijze van experiment een vrijwilligersvergoeding te geven aan de inwoners die lid zijn van de werkgroep Wijkperspectief Soesterkwartier, ter hoogte van € 180,- per persoon per maand met een maximum van € 1.800,- per jaar, met terugwerkende kracht vanaf maart 2021 tot eind van 2021, en dit na afronding van het project te evalueren.',
      reason:
        'amounts are computed and formatted in house style, with a space after the euro sign',
    },
    {
      seed: 'Kennis te nemen van de bijgestelde planning voor het Wijkperspectief en uitvoeringsplan Vitale Wijken.',
      output:
        '2. Kennis te nemen van de door de stuurgroep bijgestelde planning voor het Wijkperspectief en uitvoeringsplan Vitale Wijken.',
      reason:
        'beslispunt 2 was worded two ways; one source has one wording (the body’s)',
    },
    {
      seed: 'De raadsinformatiebrieven over de stand van zaken, bijgestelde planning en vrijwilligersvergoeding vast te stellen.',
      output:
        '3. De Raadsinformatiebrief over de stand van zaken, bijgestelde planning en de vrijwilligersvergoeding vast te stellen.',
      reason:
        'beslispunt 3 was worded two ways (and there is one RIB, not several); one source has one wording',
    },
    {
      seed: 'De vrijwilligersvergoeding wordt gedekt vanuit de ontvangen provinciale subsidie Vitale Wijken. Er zijn in vier werkgroepleden die hiervoor in aanmerking komen. De werkgroep is gestart in maart 2021 en met de gewijzigde doorlooptijd blijft de werkgroep actief tot het eind van 2021: 4 personen x 10 maanden x € 180,- = € 7200,-.',
      output:
        'De vrijwilligersvergoeding wordt gedekt vanuit de ontvangen provinciale subsidie Vitale Wijken. Er zijn vier werkgroepleden die hiervoor in aanmerking komen. De werkgroep is gestart in maart 2021 en met de gewijzigde doorlooptijd blijft de werkgroep actief tot het eind van 2021: 4 personen x 10 maanden x € 180,- = € 7.200.',
      reason:
        'typo "zijn in vier"; the sum is computed and "€ 7200,-" becomes "€ 7.200"',
    },
    {
      seed: 'Voor het uitvoeringsplan moeten keuzes worden gemaakt op welke wijze het beschikbare budget wordt ingezet voor een vitale wijk. Dit bedrag moet uiterlijk in 2024 zijn besteed. Dat vraagt om keuzes die op redelijk korte en middellange termijn te verwezenlijken zijn en tegelijk recht doen aan de doelstellingen van de Vitale Wijkanaanpak. De werkgroep doet een voorstel voor de keuzes en de stuurgroep neemt er een besluit over. Het uiteindelijke voorstel wordt ter besluitvorming aan het college voorgelegd.',
      output:
        'Dat vraagt om keuzes die op redelijk korte en middellange termijn te verwezenlijken zijn en tegelijk recht doen aan de doelstellingen van de Vitale Wijkaanpak. De werkgroep doet een voorstel voor de keuzes en de stuurgroep neemt er een besluit over.',
      reason: 'typo "Wijkanaanpak"',
    },
  ],
  raadsinformatiebrief: [
    {
      seed: 'De vergoeding bedraagt in totaliteit € 7.200,--.',
      output: 'De vergoeding bedraagt in totaliteit € 7.200,-.',
      reason: 'computed amount in house style ("€ 7.200,-", not "€ 7.200,--")',
    },
    {
      seed: 'De totale kosten voor de totstandkoming van het Wijkperspectief en Uitvoeringsplan Vitale Wijken worden de komende jaren gedekt uit de provinciale subsidie Vitale Wijken. Het totaalbedrag van de provincie bedraagt incidenteel € 4 miljoen, waarvan is incidenteel € 300.000 bestemd voor de bijdrage aan het RIVM voor de monitor Vitale Wijken. Het overige incidentele bedrag van € 3,7 mln. is bedoeld voor de totstandkoming van het Wijkperspectief en Uitvoeringsplan en de uitvoering van het uitvoeringsplan.',
      output:
        'Het totaalbedrag van de provincie bedraagt incidenteel € 4 miljoen, waarvan incidenteel € 300.000 is bestemd voor de bijdrage aan het RIVM voor de monitor Vitale Wijken.',
      reason: 'word order slip "waarvan is incidenteel … bestemd"',
    },
    {
      seed: 'Voor het uitvoeringsplan moeten keuzes worden gemaakt op welke wijze het beschikbare budget wordt ingezet voor een vitale wijk. Dit bedrag moet uiterlijk in 2024 zijn besteed. Dat vraagt om keuzes die op redelijk korte en middellange termijn te verwezenlijken zijn en tegelijk recht doen aan de doelstellingen van de Vitale Wijkanaanpak.',
      output: 'recht doen aan de doelstellingen van de Vitale Wijkaanpak.',
      reason: 'typo "Wijkanaanpak"',
    },
    {
      seed: "Het is belangrijk dat er over en weer vertrouwen blijft tussen de leden in deze samenwerking. Deze mate van samenwerking in cocreatie is in Amersfoort nog niet vaak in projecten gehanteerd. 'We doen het echt samen' is de intentie van alle betrokkenen, en het is soms even wennen en zoeken naar wat dat in de praktijk precies betekent. Dit vraagt om voldoende aandacht en open communicatie.",
      output: '‘We doen het echt samen’ is de intentie van alle betrokkenen',
      reason:
        'one paragraph for both documents, with the collegevoorstel’s typographic quotes',
    },
  ],
}

/**
 * The seed's text as units to look for: paragraphs (split at blank lines),
 * list items on their own, hyphenated line breaks joined, links `[x](#)` as x.
 */
function seedUnits(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => {
      const joined = paragraph.replace(/-\n(?=[a-z(])/g, '')
      const lines = joined.split('\n')
      // List items and table rows (tab-separated) are units of their own.
      const split =
        joined.includes('\t') ||
        lines.every((line) => /^(?:\d+\.|-) /.test(line))
      return split ? lines : [joined]
    })
    .map((unit) => normalizeSpace(unit.replace(/\[([^\]]+)\]\(#\)/g, '$1')))
    .filter((unit) => unit !== '')
}

/** Whether the document text holds a unit, allowing a list marker that the HTML draws rather than writes. */
function contains(text: string, unit: string): boolean {
  return text.includes(unit) || text.includes(unit.replace(/^(?:\d+\.|-) /, ''))
}

const documents = {
  collegevoorstel: seedUnits(seed.slice(0, ribStart)),
  raadsinformatiebrief: seedUnits(seed.slice(ribStart)),
}

describeSeed('fidelity to the seed', () => {
  const texts: Record<string, {pdf: string; html: string}> = {}

  beforeAll(async () => {
    const {outDir} = await buildExample()
    const folder = join(outDir, exampleName)
    const html = await readHtmlText([
      join(folder, 'collegevoorstel.html'),
      join(folder, 'raadsinformatiebrief.html'),
    ])
    for (const [index, name] of (
      ['collegevoorstel', 'raadsinformatiebrief'] as const
    ).entries()) {
      const pdf = await readPdf(join(folder, name + '.pdf'))
      texts[name] = {
        pdf: normalizeSpace(pdf.text),
        html: normalizeSpace(html[index] ?? ''),
      }
    }
  })

  it('finds the seed and splits it into both documents', () => {
    expect(ribStart).toBeGreaterThan(0)
    expect(documents.collegevoorstel.length).toBeGreaterThan(60)
    expect(documents.raadsinformatiebrief.length).toBeGreaterThan(50)
  })

  for (const name of ['collegevoorstel', 'raadsinformatiebrief'] as const) {
    const isCorrected = (unit: string) =>
      corrections[name].some((correction) =>
        unit.includes(normalizeSpace(correction.seed)),
      )
    for (const medium of ['pdf', 'html'] as const) {
      it(`${name}.${medium} holds every paragraph of the seed`, () => {
        const text = texts[name]?.[medium] ?? ''
        const missing = documents[name].filter(
          (unit) => !isCorrected(unit) && !contains(text, unit),
        )
        expect(missing).toEqual([])
      })

      it(`${name}.${medium} holds each correction instead of the slip`, () => {
        const text = texts[name]?.[medium] ?? ''
        for (const correction of corrections[name]) {
          const inSeed = documents[name].some((unit) =>
            unit.includes(normalizeSpace(correction.seed)),
          )
          expect(
            inSeed,
            'the seed has this paragraph: ' + correction.reason,
          ).toBe(true)
          expect(text, correction.reason).toContain(
            normalizeSpace(correction.output),
          )
        }
      })
    }
  }
})
