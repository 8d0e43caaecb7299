"""Words for the people and organs through which an organization or a state acts.

"Die US-Regierung drohte der EU", "Hamas-Kämpfer griffen an" (a compound, read in
``newsflow.nlp.pipeline``) and "Die Staats- und Regierungschefs der EU einigten sich", "Ein Sprecher
der Polizei sagte" (a genitive, read in ``newsflow.nlp.events``): the named organization is the actor.
"""
from __future__ import annotations

__all__ = ["COUNCILS", "MEMBERS", "SPEAKERS"]

MEMBERS = (
    "Aktivisten", "Aktivistinnen", "Anhänger", "Anhängern", "Mitglieder", "Mitgliedern", "Demonstranten",
    "Kämpfer", "Kämpfern", "Soldaten", "Truppen", "Milizen", "Einheiten", "Polizisten", "Beamte", "Beamten",
    # the group itself, by what it is: "der Hisbollah-Miliz", "die IS-Terrormiliz"
    "Miliz", "Terrormiliz", "Terrorgruppe", "Terrororganisation", "Rebellengruppe",
    # ... and who commands its fighters: "Ein Kommandeur der Hamas sagte", "einen Anführer der Miliz getötet"
    "Kommandeur", "Kommandeure", "Kommandeuren", "Anführer", "Anführern", "Befehlshaber",
    # investigators and prosecutors act for their office: "Die Ermittler des Bundeskriminalamts durchsuchten"
    "Ermittler", "Ermittlerinnen", "Fahnder", "Fahnderinnen", "Staatsanwälte", "Staatsanwältinnen",
    "Abgeordnete", "Abgeordneten", "Delegierte", "Delegierten", "Fans", "Ultras", "Rebellen", "Streitkräfte",
    "Fraktion", "Spitze", "Führung", "Basis", "Landesverband",
    # a parliament's committees: "Die Staatspolitische Kommission des Ständerates hat … abgelehnt"
    "Kommission", "Ausschuss", "Kommissionen", "Ausschüsse",
    # a state's organs act for it: "Die US-Regierung drohte der EU"
    "Regierung", "Administration", "Behörden", "Armee", "Militär", "Marine", "Luftwaffe", "Ministerium",
    "Außenministerium", "Aussenministerium", "Verteidigungsministerium", "Delegation", "Unterhändler",
    # ministers acting together for their union: "Die EU-Außenminister haben sich verständigt"
    "Außenminister", "Aussenminister", "Finanzminister", "Innenminister", "Verteidigungsminister",
    "Staaten", "Mitgliedstaaten", "Mitgliedsstaaten", "Regierungschefs",
    # a head with no name after it acts for what it heads: "Der US-Präsident drohte China", "Die SPD-Chefin
    # kritisierte" (with a name it is that person: "US-Präsident Donald Trump")
    "Präsident", "Präsidentin", "Regierungschef", "Regierungschefin", "Chef", "Chefin",
    # ... and the one who leads or represents it: "Der UN-Generalsekretär rief zur Zurückhaltung auf", "Der
    # US-Botschafter kritisierte", "Der Generalsekretär der Nato warnte"
    "Generalsekretär", "Generalsekretärin", "Vorsitzende", "Vorsitzender", "Botschafter", "Botschafterin",
)

# ... and who speaks for it: "Ein Sprecher des Innenministeriums sagte", "Vertreter der EU forderten"
SPEAKERS = ("Sprecher", "Sprecherin", "Sprechers", "Sprecherinnen", "Vertreter", "Vertreterin", "Vertretern",
            "Vorstand", "Leitung", "Präsidium")

# ... and a town's, a canton's or a state's own bodies and heads, named with it in the genitive: "Der
# Regierungsrat des Kantons Aargau lehnt ab", "Der Bürgermeister der Stadt Wien kritisierte" (Aargau, Wien)
COUNCILS = ("Rat", "Parlament", "Regierungsrat", "Stadtrat", "Gemeinderat", "Kantonsrat", "Landtag", "Senat",
            "Stadtregierung", "Landesregierung", "Kantonsregierung", "Kantonsparlament", "Stadtparlament",
            "Gemeindeparlament", "Gemeindeversammlung", "Landsgemeinde", "Stimmvolk", "Stimmbevölkerung",
            "Bürgermeister", "Bürgermeisterin", "Stadtpräsident", "Stadtpräsidentin", "Gemeindepräsident",
            "Gemeindepräsidentin", "Landeshauptmann", "Landeshauptfrau", "Ministerpräsident", "Ministerpräsidentin")
