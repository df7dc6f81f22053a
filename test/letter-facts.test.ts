// Letter kind, outcome and area: the scope gate for the legal checks. Non-decisions and full grants must be told
// apart from refusals whatever the phrasing, the form of address or the layout.
import { describe, expect, it } from 'vitest';
import { CONTACT, buildLetter } from './helpers/legal-letters.js';
import { lintText } from './helpers/session.js';

function facts(body: string, format: 'markdown' | 'text' = 'markdown', subject?: string) {
  const r = lintText(buildLetter({ parts: [['', body], ['', CONTACT]], format, ...(subject ? { subject } : {}) }), format);
  return { kind: r.kind, outcome: r.outcome, area: r.area };
}

describe('letter facts', () => {
  it('classifies a refusal stated in the subject line and the first paragraph', () => {
    expect(facts('Du har den 26. januar 2026 søgt om sygedagpenge. Du opfylder ikke beskæftigelseskravet.', 'markdown', 'Afslag på sygedagpenge'))
      .toEqual({ kind: 'afgoerelse', outcome: 'afslag', area: 'beskaeftigelse' });
  });

  it('classifies a full grant in the citizen’s own words', () => {
    expect(facts('Du får ledsagelse 15 timer om måneden fra 1. september 2025 efter serviceloven § 97. Det er det antal timer, du har søgt om.'))
      .toEqual({ kind: 'afgoerelse', outcome: 'fuld', area: 'social' });
  });

  it('classifies less granted than applied for as a partial grant', () => {
    expect(facts('De har søgt om 4.800 kr. til en ny vaskemaskine efter aktivlovens § 81. De får 3.200 kr.', 'text'))
      .toEqual({ kind: 'afgoerelse', outcome: 'delvis', area: 'oekonomi' });
    expect(facts('Du får en badebænk. Du får ikke loftliften, som du også har søgt om som hjælpemiddel.').outcome).toBe('delvis');
  });

  it('classifies a reduction of help as a refusal even though some help continues', () => {
    expect(facts('Du får fremover rengøring hver tredje uge i stedet for hver anden uge. Du får stadig hjælp til tøjvask. Det gælder hjemmehjælp efter serviceloven § 83.'))
      .toMatchObject({ kind: 'afgoerelse', outcome: 'afslag' });
  });

  it('does not take a partshøring that speaks of a future afgørelse and a possible afslag for a decision', () => {
    const hearing = 'Vi er ved at behandle din ansøgning om lovliggørelse af dit anneks. Før vi beslutter noget, vil vi gerne give dig mulighed for at komme med dine bemærkninger. Hvis vi lægger naboens oplysninger til grund, kan det betyde, at du får afslag. Vi har endnu ikke besluttet noget. Vi forventer at træffe afgørelse, når fristen er udløbet.';
    expect(facts(hearing)).toEqual({ kind: 'ikke-afgoerelse', outcome: null, area: 'byggesag' });
  });

  it('does not take meeting invitations, receipts, requests for documentation or information letters for decisions', () => {
    expect(facts('Vi vil gerne invitere dig til en samtale om dine sygedagpenge. Mødet holdes i jobcentret tirsdag den 3. marts 2026 kl. 10.').kind).toBe('ikke-afgoerelse');
    expect(facts('Vi har modtaget din ansøgning om byggetilladelse til en carport. Vi forventer at kunne svare dig inden 6 uger.').kind).toBe('ikke-afgoerelse');
    expect(facts('For at vi kan behandle din ansøgning om hjælp til tandbehandling, mangler vi dokumentation for din husleje. Send os venligst kontoudtog for de sidste tre måneder.').kind).toBe('ikke-afgoerelse');
    const info = buildLetter({ parts: [['', 'Fra mandag den 2. marts 2026 skal du sortere madaffald for sig. Du får en rulle poser og en spand til køkkenet.']], salutation: 'Kære beboer' });
    expect(lintText(info).kind).toBe('ikke-afgoerelse');
  });

  it('takes a letter that has "not yet taken a position" and will answer after a meeting for a non-decision', () => {
    const invitation = 'Tak for jeres ansøgning om plads i en specialklasse til Alma. Vi har ikke taget stilling til ansøgningen endnu. Før vi giver jer et svar, vil vi gerne tale med jer. Vi forventer at kunne give jer en afgørelse i november. Hvis I får afslag, står der i afgørelsen, hvordan I kan klage.';
    expect(facts(invitation).kind).toBe('ikke-afgoerelse');
  });

  it('reads several grants and one refusal as a partial grant, however many grant sentences there are', () => {
    expect(facts('Du får hjælp til rengøring hver 2. uge. Du får også hjælp til indkøb. Du får ikke hjælp til vinduespudsning. Det er hjemmehjælp efter serviceloven § 83.').outcome).toBe('delvis');
  });

  it('reads a decision wrapped across lines as in one line (a letter copied out of a PDF)', () => {
    expect(facts('Du har søgt om en el-scooter efter serviceloven § 112. Du får\nikke en el-scooter, fordi du kan gå\n300 meter med din rollator.', 'text').outcome).toBe('afslag');
    expect(facts('Du får hjælp til rengøring. Du får\nikke hjælp til vinduespudsning efter\nserviceloven § 83.', 'text').outcome).toBe('delvis');
  });

  it('does not take "en del af" in a description for a partial grant', () => {
    expect(facts('Du får afslag på byggetilladelse til en carport. Afstanden til vej er en del af lokalplanens formål.').outcome).toBe('afslag');
    expect(facts('Du får 2.000 kr. til flytning efter aktivloven § 85. Du har altså fået en del af det, du søgte om.').outcome).toBe('delvis');
  });

  it('reads partial access, deductions, a last payment and a grant of fewer hours as what they are', () => {
    expect(facts('Du har søgt om aktindsigt i din sag om hjælpemidler. Du kan se 21 af de 23 dokumenter i din sag.', 'markdown', 'Afgørelse om aktindsigt').outcome).toBe('delvis');
    expect(facts('Jobcentret har besluttet, at De får et fradrag i Deres uddannelseshjælp for 4 dage efter lov om aktiv socialpolitik.', 'text').outcome).toBe('afslag');
    expect(facts('Dine sygedagpenge kan ikke forlænges. Du får sidste gang sygedagpenge for søndag den 8. november 2026. Du får et jobafklaringsforløb.').outcome).toBe('afslag');
    expect(facts('De søgte om dækning af tabt arbejdsfortjeneste for 20 timer om ugen. Kommunen har besluttet at dække tabt arbejdsfortjeneste for 8 timer om ugen. Kommunen giver Dem derfor afslag på den resterende del af ansøgningen.', 'text').outcome).toBe('delvis');
  });

  it('reads help the citizen keeps beside a refusal as a refusal, and the decision under sub-headings after "Afgørelse"', () => {
    expect(facts('Du har søgt om rengøring hver uge efter serviceloven § 83. Vi har besluttet, at du ikke får rengøring hver uge. Du får fortsat rengøring hver anden uge, som du har i dag.').outcome).toBe('afslag');
    expect(facts('I søgte den 15. september 2025 om, at jeres søn Noah får plads i en specialklasse. Noah får ikke plads i en specialklasse efter folkeskoleloven.').outcome).toBe('afslag');
    const text = buildLetter({ parts: [['Afgørelse', '| Hvad | Afgørelse |\n|---|---|\n| Container | Tilladelse |\n| Skurvogn | Afslag |'], ['Container', 'I får tilladelse til at stille containeren på vejarealet efter vejloven § 80.'], ['Skurvogn', 'I får ikke tilladelse til at stille skurvognen på parkeringspladserne.'], ['', CONTACT]] });
    expect(lintText(text).outcome).toBe('delvis');
  });

  it('reads "Der bevilges hermed" as a grant, and a letter headed "Det har vi besluttet" as a decision even when it speaks of a later one', () => {
    expect(facts('Der bevilges hermed 15 timers ledsagelse om måneden efter serviceloven § 97.').outcome).toBe('fuld');
    const text = buildLetter({ parts: [['', 'Du får et træningsforløb i 10 uger, før vi tager stilling til hjemmehjælp. Hvis det kan hjælpe, skal vi tilbyde forløbet, før vi beslutter, om du skal have hjemmehjælp.'], ['Det har vi besluttet', 'Vi giver dig ikke fast hjemmehjælp nu. Du får rehabilitering efter serviceloven § 83 a.'], ['', CONTACT]] });
    expect(lintText(text).kind).toBe('afgoerelse');
  });

  it('takes an answer to a question for a non-decision, and a change of place decided for the citizen for a decision', () => {
    expect(facts('Tak for din mail. Du spørger, om du må dele en affaldsbeholder med din nabo. Du har ikke søgt om noget endnu, så dette brev er kun en forklaring af reglerne. Ja, det må I gerne.').kind).toBe('ikke-afgoerelse');
    expect(facts('Fra mandag den 1. september 2025 skal du ikke længere komme i Værestedet Kilden. Du skal i stedet komme i Aktivitetshuset Bryggen efter serviceloven § 104. Vi har valgt Bryggen, fordi den ligger tæt på din lejlighed.').kind).toBe('afgoerelse');
  });

  it('does not take a passing "Du kan også få aktindsigt" for the area', () => {
    expect(facts('Du får en badebænk, men ikke en ombygning af badeværelset efter serviceloven § 116. Du kan også få aktindsigt, det vil sige se papirerne i din sag.').area).toBe('social');
  });

  it('reads "får <any word> ikke" as a refusal, and reported speech or "får dette brev" as no grant', () => {
    expect(facts('Du har søgt om en elcykel efter serviceloven § 112. Du får desvære ikke elcyklen.').outcome).toBe('afslag');
    expect(facts('Du får ikke hjælp til nye briller efter aktivloven § 82. Du skrev, at du får hovedpine, når du læser. Du får dette brev i Digital Post.').outcome).toBe('afslag');
  });

  it('reads the grant in a later unnamed section when the opening only tells the story', () => {
    const text = buildLetter({ parts: [['', 'Du har bedt om at skifte leverandør af praktisk hjælp efter serviceloven § 91. Vi har talt med dig om det den 3. marts.'], ['', 'Vi har set på din ansøgning sammen med visitationen.'], ['Ny leverandør', 'Du får den praktiske hjælp fra Omsorgsteamet ApS fra den 1. april. Du får den samme hjælp som i dag.'], ['', CONTACT]] });
    expect(lintText(text).outcome).toBe('fuld');
  });

  it('reads "I får desværre ikke" as a refusal', () => {
    expect(facts('I har søgt om aflastning til jeres søn. I får desværre ikke aflastning efter barnets lov.').outcome).toBe('afslag');
  });

  it('reads the decision under every decision heading, also when the title says "Afgørelse om …"', () => {
    const text = buildLetter({ parts: [['AFGØRELSE OM PRAKTISK HJÆLP', 'Du har søgt om hjælp til rengøring og vinduespudsning. Vi har nu behandlet din ansøgning.'], ['AFGØRELSE', 'Du får hjælp til rengøring hver 2. uge.\n\nDu får ikke hjælp til vinduespudsning.'], ['', CONTACT]], format: 'text' });
    expect(lintText(text, 'text').outcome).toBe('delvis');
  });

  it('tells a road decision that mentions a carport, help to a child with a disability and LAS § 82 apart', () => {
    expect(facts('Du får afslag på en ny overkørsel efter vejloven til den carport, du vil bygge. Carporten kræver også byggetilladelse efter byggeloven.').area).toBe('teknik');
    expect(facts('Du får afslag på merudgifter til dit barn efter serviceloven § 41, fordi udgiften ikke skyldes Mikkels handicap.').area).toBe('boern');
    expect(facts('Du får afslag på hjælp til tandbehandling efter LAS § 82. Du får kontanthjælp.').area).toBe('oekonomi');
  });

  it('tells aktindsigt in a children\'s case, a family counselling letter and a repayment under the LAS apart', () => {
    expect(facts('De bad på vegne af Deres klient om aktindsigt i hendes sag om støtte til hendes søn efter barnets lov. De får fuld aktindsigt.', 'text').area).toBe('aktindsigt');
    expect(facts('Vi har behandlet jeres ansøgning om dækning af merudgifter til jeres datter. I får ikke dækket merudgifterne.', 'markdown', 'Familierådgivningen').area).toBe('boern');
    expect(facts('Du skal betale kontanthjælp tilbage efter aktivloven (lov om aktiv socialpolitik) § 91. Du arbejdede på et plejecenter med rengøring.').area).toBe('oekonomi');
  });

  it('tells the areas apart by vocabulary and legal basis', () => {
    expect(facts('Du får afslag på plads i en specialklasse til din datter. Skolens PPR-vurdering viser, at hun kan undervises i sin egen klasse efter folkeskoleloven.').area).toBe('skole');
    expect(facts('Du får afslag på tabt arbejdsfortjeneste efter barnets lov § 87, fordi din søn passes i skolen.').area).toBe('boern');
    expect(facts('Du får afslag på en plejebolig. Du kan fortsat få hjemmehjælp.').area).toBe('aeldre');
    expect(facts('Du får afslag på tilladelse til råden over vej til en container på fortovet efter vejloven § 80.').area).toBe('teknik');
  });
});

// Regression tests from the held-out letters (corpus/holdout): decision wording inside a conditional or future
// sentence, and letters that say themselves that they are not decisions.
describe('letter kind: decisions are stated, not supposed', () => {
  it('reads a request for documents that warns "det kan betyde, at du får afslag" as a non-decision', () => {
    const text = 'Vordingborg Kommune\n\nCamilla Jørgensen\nRingstedvej 140\n4200 Slagelse\n\nVi mangler papirer til din ansøgning om lån til indskud\n\nFør vi kan afgøre din sag, skal vi have din lejekontrakt og dine lønsedler.\n\nSend papirerne senest den 2. februar 2026. Hvis vi ikke hører fra dig, afgør vi sagen ud fra de oplysninger, vi har, og det kan betyde, at du får afslag.\n\nVenlig hilsen\nPeter Schou';
    expect(lintText(text, 'text').kind).toBe('ikke-afgoerelse');
  });

  it('reads a letter that considers stopping a benefit and asks for comments as a non-decision', () => {
    const text = 'Kære Frank Andreasen\n\nDu får i dag 450 kr. om måneden til glutenfri mad. Vi overvejer at stoppe beløbet, og før vi beslutter noget, vil vi gerne høre, hvad du mener.\n\nNår vi har fået dit svar, beslutter vi, om beløbet skal stoppe. Du får et brev med afgørelsen og en vejledning i, hvordan du kan klage.\n\nVenlig hilsen\nMikkel Fog';
    expect(lintText(text, 'text').kind).toBe('ikke-afgoerelse');
  });

  it('believes a letter that says it is not a decision', () => {
    const text = '# Ny spand til madaffald\n\nFra den 4. maj 2026 skal du sortere madaffald. Du får en ny grøn spand.\n\nDette brev er til information. Der er ikke tale om en afgørelse, og du skal ikke svare på brevet.';
    expect(lintText(text).kind).toBe('ikke-afgoerelse');
  });

  it('still reads a plain refusal without headings as a decision', () => {
    const text = 'Kære Peter Holmgaard\n\nVi stopper dine sygedagpenge fra den 17. november 2025, fordi du har fået sygedagpenge i mere end 22 uger inden for de seneste 9 måneder.\n\nHvis du er uenig, kan du klage til os inden 4 uger. Vi ser på sagen igen og sender den til Ankestyrelsen.';
    const result = lintText(text, 'text');
    expect(result.kind).toBe('afgoerelse');
    expect(result.outcome).toBe('afslag');
  });
});

// Regression tests from held-out set 2 (corpus/holdout2): decisions about a child or a ward, a letter that calls
// itself a decision, appeal guidance in a conditional sentence, and a stop written as "bortfalder".
describe('letter kind and outcome: other ways of stating a decision', () => {
  it('reads a grant about a child ("Yasmin får et gratis buskort") as a full grant', () => {
    const text = '## Yasmin får buskort til skolen\n\nKære Amalie og Karim\n\nI har søgt om gratis transport til skole for jeres datter Yasmin. Yasmin får et gratis buskort fra den 9. november 2026.\n\nEfter folkeskoleloven § 26, stk. 1, har elever i 0.-3. klasse ret til gratis transport, når der er mere end 2,5 km til skolen.';
    const result = lintText(text);
    expect(result.kind).toBe('afgoerelse');
    expect(result.outcome).toBe('fuld');
  });

  it('reads "Afgørelse:" with a refusal about a child and conditional appeal guidance as a refusal', () => {
    const text = '## Afgørelse om specialklasse til Oliver\n\nKære Sara og Thomas\n\n**Afgørelse:** Oliver får ikke en plads i specialklassen.\n\n**Hvis I vil klage:** I kan klage til Klagenævnet for Specialundervisning senest 4 uger efter, at I har fået afgørelsen.';
    const result = lintText(text);
    expect(result.kind).toBe('afgoerelse');
    expect(result.outcome).toBe('afslag');
  });

  it('reads a reduction written with "bortfalder" as a refusal, even when the quoted rule says "delvist"', () => {
    const text = 'Kære Else\n\nDu får fra den 2. marts 2026 hjælp til rengøring hver anden uge. Den ugentlige rengøring bortfalder fra samme dato.\n\nDu kan få hjælp, hvis du helt eller delvist ikke selv kan klare opgaverne, efter serviceloven § 83.\n\nDu kan klage over afgørelsen inden 4 uger.';
    expect(lintText(text).outcome).toBe('afslag');
  });
});
