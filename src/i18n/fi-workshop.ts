import type { workshop as en } from "./en-workshop";
import type { DeepStringRecord } from "./types";

/** Finnish strings of the workshop tools: pohjat, siistiminen and esitystila. */
export const workshop: DeepStringRecord<typeof en> = {
  templates: {
    heading: "Aloita pohjasta",
    intro: "Uusi asiakaspolku, jossa on valmiina vaiheet, uimaradat ja muokattavaa sisältöä.",
    sample: {
      name: "Esimerkki: työnhakijan ensimmäinen tapaaminen",
      description:
        "Jonotus asiakaspalvelussa tai ajanvaraus verkossa, ensimmäinen tapaaminen ja toimintasuunnitelma Ruotsin julkisessa työnvälityksessä.",
    },
    blueprint: {
      name: "Tyhjä palvelupiirustus (service blueprint)",
      description: "Palvelupiirustuksen vakiouimaradat: asiakas, näyttämö, kulissit ja tukiprosessit.",
    },
    employer: {
      name: "Työnantaja rekrytoi palvelun kautta",
      description:
        "Avoimesta työpaikasta yhteensovittamisen ja haastattelujen kautta palkkaamiseen ja seurantaan.",
    },
    "worker-change": {
      name: "Asiakkaan vastuutyöntekijä vaihtuu",
      description: "Vahva alku yhden vastuutyöntekijän kanssa, työntekijän vaihdos ja sen aiheuttama viive.",
    },
  },
  blueprint: {
    name: "Palvelupiirustus",
    description:
      "Tyhjä palvelupiirustus. Vuorovaikutuksen linja: työnhakijan ja näyttämön välissä. Näkyvyyden linja: asiakkaalle näkyvän näyttämön ja asiakkaalta piilossa olevien kulissien välissä. Sisäisen vuorovaikutuksen linja: kulissien ja tukiprosessien välissä.",
    stage1: "Ennen palvelua",
    stage2: "Ensimmäinen yhteydenotto",
    stage3: "Palvelun aikana",
    stage4: "Palvelun jälkeen",
    laneCustomer: "Työnhakija / asiakas",
    laneFront: "Näyttämö (asiakaskohtaaminen)",
    laneBack: "Kulissit / taustatoiminnot",
    laneSupport: "Tukiprosessit / tietojärjestelmät",
  },
  tidy: "Siisti",
  tidied_one: "Siistittiin {{count}} askel",
  tidied_other: "Siistittiin {{count}} askelta",
  alreadyTidy: "Kartta on jo siisti",
  present: "Esitä",
  counter: "Vaihe {{n}}/{{total}}",
  previous: "Edellinen vaihe",
  next: "Seuraava vaihe",
  exit: "Lopeta esitys",
  keysHint: "Vasen ja oikea nuoli, Page Up, Page Down tai välilyönti vaihtavat vaihetta; Esc lopettaa.",
  steps: "Askeleet",
  noSteps: "Tässä vaiheessa ei ole askelia.",
  thunderclouds: "Ukkospilvet",
  blisters: "Hiertymät",
  noThunderclouds: "Tässä vaiheessa ei ole avoimia ukkospilviä.",
  noBlisters: "Tässä vaiheessa ei ole avoimia hiertymiä.",
  score: "pisteet {{score}}/{{max}}",
  quotes: "Heidän omin sanoin",
  commands: {
    fromTemplate: "Uusi asiakaspolku pohjasta",
    tidy: "Siisti kartta",
    present: "Esitä asiakaspolku vaihe kerrallaan",
    endPresentation: "Lopeta esitys",
  },
};
