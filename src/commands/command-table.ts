/**
 * The commands of `raadsstuk`, their options and their help texts, in Dutch.
 * One table: `args.ts` parses with it, `help.ts` prints from it. A new option
 * is one entry here and one use in the command's runner.
 */

/** An option of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  /** The value's name in the help, for string options (`map`, `nummer`). */
  readonly value?: string
  /** One line of help. */
  readonly help: string
}

/** A command: how it is called, what it does, its options. */
export interface CommandSpec {
  /** The arguments after the command's name, as the help shows them. */
  readonly usage: string
  /** One line for the overview. */
  readonly summary: string
  /** More explanation for `raadsstuk help <opdracht>` (may be empty). */
  readonly details: string
  readonly options: Readonly<Record<string, OptionSpec>>
}

/** `--templates`: the same folder of overrides for every command that renders or checks. */
const templates: OptionSpec = {
  type: 'string',
  value: 'map',
  help: 'map met templates die losse templates van raadsstuk vervangen, na die in de map templates/ naast organisatie.yaml',
}

/** `--out`: where build and preview write. */
const out: OptionSpec = {
  type: 'string',
  short: 'o',
  value: 'map',
  help: 'uitvoermap (standaard: out)',
}

const strict: OptionSpec = {
  type: 'boolean',
  help: 'waarschuwingen tellen als fouten (exitcode 1), voor CI',
}

/** Every command, in the order of the overview. */
export const commands: Readonly<Record<string, CommandSpec>> = {
  build: {
    usage: '[map]',
    summary:
      'Maak de documenten van elk besluit in [map] (standaard: content) als HTML en PDF: het collegevoorstel en de raadsinformatiebrief, en bij een voorstel aan de raad ook raadsvoorstel en raadsbesluit (bij een provincie het GS-voorstel, statenvoorstel en statenbesluit)',
    details:
      'Een besluit met een fout wordt niet gemaakt: zijn eerdere bestanden blijven staan. Een besluit dat niet veranderde sinds de vorige keer wordt overgeslagen. Naast de besluiten komen in de uitvoermap een overzicht (index.html), een feed van verzonden raadsinformatiebrieven (feed.xml), de besluitenlijst per collegevergadering en open data (besluit.json). Exitcode 1 als een besluit een fout heeft.',
    options: {
      out,
      templates,
      'no-pdf': {type: 'boolean', help: 'alleen HTML maken'},
      force: {
        type: 'boolean',
        help: 'ook besluiten opnieuw maken die niet veranderd zijn',
      },
      shard: {
        type: 'string',
        value: 'i/n',
        help: 'maak alleen deel i van n van de besluiten (parallelle CI-jobs); het overzicht noemt ze allemaal',
      },
      strict,
      format: {
        type: 'string',
        value: 'vorm',
        help: 'terminal of json: hoe problemen gemeld worden (standaard: terminal, één regel per probleem)',
      },
    },
  },
  check: {
    usage: '[map]',
    summary: 'Controleer de besluiten in [map] zonder iets te maken',
    details:
      'Elk probleem staat op een eigen regel als bestand:regel:kolom, met een hint hoe u het oplost. Exitcode 1 bij een fout.',
    options: {
      strict,
      format: {
        type: 'string',
        value: 'vorm',
        help: 'terminal of json (standaard: terminal, één regel per probleem)',
      },
      templates,
    },
  },
  new: {
    usage: '<naam>',
    summary:
      'Begin een nieuw besluit: <naam>/besluit.yaml in de map van --content, met collegevoorstel en raadsinformatiebrief (of met --soort een voorstel aan de raad of Staten)',
    details:
      'Een naam als 2026-03-10-speeltuin-centrum: de datum vooraan wordt de datum van het besluit, de rest het onderwerp. Zonder datum in de naam geldt --datum of vandaag.',
    options: {
      content: {
        type: 'string',
        value: 'map',
        help: 'de map met besluiten (standaard: content)',
      },
      datum: {
        type: 'string',
        value: 'jjjj-mm-dd',
        help: 'de datum van het besluit (standaard: uit de naam, anders vandaag)',
      },
      'zonder-rib': {
        type: 'boolean',
        help: 'alleen een collegevoorstel, zonder raadsinformatiebrief',
      },
      gemeente: {
        type: 'string',
        value: 'naam',
        help: 'de gemeente, als de map met besluiten geen organisatie.yaml heeft',
      },
      soort: {
        type: 'string',
        value: 'voorstel',
        help: 'collegevoorstel (standaard), of raadsvoorstel of statenvoorstel: het besluit gaat naar de raad (Provinciale Staten), met raadsvoorstel en raadsbesluit',
      },
    },
  },
  preview: {
    usage: '[map]',
    summary:
      'Bekijk de besluiten in de browser; elke wijziging wordt meteen opnieuw gemaakt',
    details:
      'De pagina laadt zichzelf opnieuw na elke opgeslagen wijziging. Heeft de bron een fout, dan blijft de laatste goede versie staan en staan de problemen onderaan. Ctrl-C stopt.',
    options: {
      port: {
        type: 'string',
        value: 'nummer',
        help: 'de poort op 127.0.0.1 (standaard: 4321)',
      },
      out,
      templates,
    },
  },
  diff: {
    usage: '<van> [<naar>] [besluit…]',
    summary:
      'Wat er veranderde tussen twee versies (git-revisies of mappen; <naar> standaard: de werkmap)',
    details:
      'Beslispunten, argumenten en kanttekeningen, bedragen met hun oorzaak, gewijzigde alinea’s en controles die nu falen.',
    options: {
      format: {
        type: 'string',
        value: 'vorm',
        help: 'terminal, tekst of json (standaard: terminal, per onderdeel met [-oud-]{+nieuw+}; tekst: een wijzigingslijst in was/wordt-vorm)',
      },
      html: {
        type: 'string',
        value: 'map',
        help: 'schrijf een redline per document naar <map>',
      },
      content: {
        type: 'string',
        value: 'map',
        help: 'de map met besluiten (standaard: content)',
      },
      templates,
      'exit-code': {
        type: 'boolean',
        help: 'exitcode 1 als er iets veranderde, 0 als niet (zoals git diff --exit-code)',
      },
    },
  },
  textconv: {
    usage: '<bestand>',
    summary: 'De tekst van een besluit, voor git diff (zie de handleiding)',
    details:
      'Maak er een textconv-driver van: git config diff.raadsstuk.textconv "npx --no-install raadsstuk textconv"',
    options: {},
  },
  schema: {
    usage: '[organisatie]',
    summary:
      'Schrijf het JSON Schema van besluit.yaml (of organisatie.yaml) naar stdout',
    details: '',
    options: {},
  },
  help: {
    usage: '[opdracht]',
    summary: 'Deze hulp, of de hulp bij één opdracht',
    details: '',
    options: {},
  },
}

/** Options every command has. */
export const globalOptions: Readonly<Record<string, OptionSpec>> = {
  help: {type: 'boolean', short: 'h', help: 'de hulp bij deze opdracht'},
  version: {type: 'boolean', short: 'v', help: 'de versie van raadsstuk'},
}
