/**
 * What the site, the besluitenlijst and the open data quote of a besluit:
 * its numbered beslispunten and the voorblad's samenvatting, as HTML. Pure.
 */
import type {Besluit} from '../check/schema.js'
import type {NumberedBeslispunt} from '../compute/numbering.js'
import type {AbstractBeslispunt, BesluitAbstract} from './result.js'
import type {RenderProse} from './view-model.js'

/** The abstract of a checked besluit. */
export function buildAbstract(
  besluit: Besluit,
  beslispunten: readonly NumberedBeslispunt[],
  renderProse: RenderProse,
): BesluitAbstract {
  const quote = (beslispunt: NumberedBeslispunt): AbstractBeslispunt => ({
    id: beslispunt.id,
    number: beslispunt.number,
    html: renderProse([...beslispunt.path, 'tekst'], beslispunt.text, {
      inline: true,
    }),
  })
  return {
    beslispunten: beslispunten.map((beslispunt) => ({
      ...quote(beslispunt),
      onderdelen: beslispunt.onderdelen.map(quote),
    })),
    samenvatting: renderProse(
      ['voorblad', 'samenvatting'],
      besluit.voorblad.samenvatting,
    ),
  }
}
