<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Find acupressure points on clear body diagrams, learn how to find and press them, and keep track of what helps you.</source>
        <translation>Finden Sie Akupressurpunkte auf übersichtlichen Körperdiagrammen, lernen Sie, wie man sie findet und drückt, und behalten Sie im Blick, was Ihnen hilft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A note on health.&lt;/b&gt; Acupressure is a traditional practice. This app describes how points are traditionally used; it does not diagnose or treat any condition and is not a substitute for medical care. Talk to your doctor before you start if you are pregnant, have a health condition or take blood-thinning medicines, and see a doctor about symptoms that are severe, sudden or lasting.</source>
        <translation>&lt;b&gt;Ein Hinweis zur Gesundheit.&lt;/b&gt; Akupressur ist eine traditionelle Praxis. Diese App beschreibt, wie Punkte traditionell angewendet werden; sie stellt keine Diagnosen, behandelt keine Erkrankungen und ersetzt keine ärztliche Versorgung. Sprechen Sie vor dem Beginn mit Ihrem Arzt, wenn Sie schwanger sind, eine Erkrankung haben oder blutverdünnende Medikamente nehmen, und gehen Sie mit starken, plötzlichen oder anhaltenden Beschwerden zum Arzt.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. The diagrams and texts are original works of the project&apos;s contributors.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später. Die Diagramme und Texte sind eigene Werke der Mitwirkenden des Projekts.</translation>
    </message>
    <message>
        <source>The names of the interface are translated; the point texts are in English for now.</source>
        <translation>Die Bezeichnungen der Oberfläche sind übersetzt; die Texte zu den Punkten sind vorerst auf Englisch.</translation>
    </message>
</context>
<context>
    <name>AppLog</name>
    <message>
        <source>The log cannot be written in {folder}: {reason}.</source>
        <translation>Das Protokoll kann nicht in {folder} geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Assembly</name>
    <message>
        <source>{error} Your sessions are still saved; the app tries again next time it starts.</source>
        <translation>{error} Ihre Sitzungen sind weiterhin gespeichert; die App versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>The descriptions of the points are in English for now; the rest of the app is translated.</source>
        <translation>Die Beschreibungen der Punkte sind vorerst auf Englisch; der Rest der App ist übersetzt.</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>{view}, left side</source>
        <translation>{view}, linke Seite</translation>
    </message>
    <message>
        <source>{view}, right side</source>
        <translation>{view}, rechte Seite</translation>
    </message>
    <message>
        <source>The landmarks of this view cannot be shown: {error}</source>
        <translation>Die Orientierungspunkte dieser Ansicht können nicht angezeigt werden: {error}</translation>
    </message>
    <message>
        <source>Body map: {point}</source>
        <translation>Körperkarte: {point}</translation>
    </message>
    <message>
        <source>{point} (left)</source>
        <translation>{point} (links)</translation>
    </message>
    <message>
        <source>{point} (right)</source>
        <translation>{point} (rechts)</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemanleitung</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
</context>
<context>
    <name>ChannelLayer</name>
    <message>
        <source>{first_point} to {last_point}</source>
        <translation>{first_point} bis {last_point}</translation>
    </message>
</context>
<context>
    <name>ChannelMenu</name>
    <message>
        <source>&amp;No Channels</source>
        <translation>&amp;Keine Meridiane</translation>
    </message>
    <message>
        <source>The &amp;Selected Point&apos;s Channel</source>
        <translation>Meridian des &amp;ausgewählten Punkts</translation>
    </message>
    <message>
        <source>The Channels &amp;Ticked Below</source>
        <translation>Die unten an&amp;gehakten Meridiane</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>Meri&amp;diane</translation>
    </message>
    <message numerus="yes">
        <source>{channel} ({code}) · %n Point(s)</source>
        <translation>
            <numerusform>{channel} ({code}) · %n Punkt</numerusform>
            <numerusform>{channel} ({code}) · %n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelOverlay</name>
    <message>
        <source>The channels cannot be drawn on this view: {error}</source>
        <translation>Die Meridiane können in dieser Ansicht nicht gezeichnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be saved as a PNG image: {reason}</source>
        <translation>{path} konnte nicht als PNG-Bild gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>A body chart from Acupressure Desktop</source>
        <translation>Eine Körpergrafik aus Acupressure Desktop</translation>
    </message>
    <message>
        <source>{path} could not be written as an SVG drawing.</source>
        <translation>{path} konnte nicht als SVG-Zeichnung geschrieben werden.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ClusterMarker</name>
    <message numerus="yes">
        <source>&lt;b&gt;{code}&lt;/b&gt; {name}: %n spot(s) close together (click to show it)</source>
        <translation>
            <numerusform>&lt;b&gt;{code}&lt;/b&gt; {name}: %n Stelle dicht beieinander (zum Anzeigen klicken)</numerusform>
            <numerusform>&lt;b&gt;{code}&lt;/b&gt; {name}: %n Stellen dicht beieinander (zum Anzeigen klicken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) close together (click to choose, or zoom in):</source>
        <translation>
            <numerusform>%n Punkt dicht beieinander (zum Auswählen klicken oder vergrößern):</numerusform>
            <numerusform>%n Punkte dicht beieinander (zum Auswählen klicken oder vergrößern):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} {pinyin}, {name}: %n spot(s) close together</source>
        <translation>
            <numerusform>{code} {pinyin}, {name}: %n Stelle dicht beieinander</numerusform>
            <numerusform>{code} {pinyin}, {name}: %n Stellen dicht beieinander</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) close together: {codes}</source>
        <translation>
            <numerusform>%n Punkt dicht beieinander: {codes}</numerusform>
            <numerusform>%n Punkte dicht beieinander: {codes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to choose one of them, or zoom in to see them apart.</source>
        <translation>Drücken Sie Enter, um einen davon zu wählen, oder vergrößern Sie die Ansicht, um sie einzeln zu sehen.</translation>
    </message>
</context>
<context>
    <name>ComputerNames</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>Ein anderer Computer</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>I have talked to my doctor about this</source>
        <translation>Ich habe das mit meinem Arzt besprochen</translation>
    </message>
    <message>
        <source>Before You Start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Because of what you told the safety screen, please read this about {what}:</source>
        <translation>Wegen Ihrer Angaben in den Sicherheitsfragen lesen Sie bitte Folgendes über {what}:</translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation>&amp;Sitzung starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app}: Something Went Wrong</source>
        <translation>{app}: Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Sorry, {app} ran into a problem it did not expect.</source>
        <translation>Entschuldigung, in {app} ist ein unerwartetes Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CunGuideDialog</name>
    <message>
        <source>A cun is not a fixed length. It is a share of the body being measured, so that a point lies in the same place on a child and on a tall adult. The standard divides each part of the body into a set number of cun between landmarks you can see or feel, for example 12 cun from the elbow crease to the wrist crease, and every location counts in those shares.</source>
        <translation>Ein Cun ist keine feste Länge. Es ist ein Anteil des Körpers, der gemessen wird, sodass ein Punkt bei einem Kind und bei einem großen Erwachsenen an derselben Stelle liegt. Der Standard teilt jeden Körperabschnitt zwischen Orientierungspunkten, die Sie sehen oder ertasten können, in eine festgelegte Anzahl Cun ein, zum Beispiel 12 Cun von der Ellenbeugenfalte bis zur Handgelenksfalte, und jede Lageangabe rechnet in diesen Anteilen.</translation>
    </message>
    <message>
        <source>For short distances the fingers of the person being measured are a good guide. On someone else, use their fingers, not yours. Where the fingers and the body&apos;s own measure disagree, the body&apos;s measure wins: it is how the standard defines the points.</source>
        <translation>Für kurze Abstände sind die Finger der gemessenen Person ein guter Anhaltspunkt. Bei einer anderen Person nehmen Sie deren Finger, nicht Ihre eigenen. Wo die Finger und das körpereigene Maß nicht übereinstimmen, gilt das Maß des Körpers: So legt der Standard die Punkte fest.</translation>
    </message>
    <message>
        <source>Measuring in Cun</source>
        <translation>Messen in Cun</translation>
    </message>
    <message>
        <source>The body&apos;s measures cannot be drawn: {error}</source>
        <translation>Die Körpermaße können nicht gezeichnet werden: {error}</translation>
    </message>
    <message>
        <source>Measuring in cun</source>
        <translation>Messen in Cun</translation>
    </message>
    <message>
        <source>Finger measures</source>
        <translation>Fingermaße</translation>
    </message>
    <message>
        <source>The body&apos;s own measures</source>
        <translation>Die körpereigenen Maße</translation>
    </message>
    <message>
        <source>Click one to see it drawn.</source>
        <translation>Klicken Sie auf einen Eintrag, um ihn eingezeichnet zu sehen.</translation>
    </message>
</context>
<context>
    <name>DailyProgress</name>
    <message>
        <source>Today: {done} of {goal} {dots}{extra}</source>
        <translation>Heute: {done} von {goal} {dots}{extra}</translation>
    </message>
    <message>
        <source>You have reached today&apos;s goal.</source>
        <translation>Sie haben Ihr heutiges Tagesziel erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach today&apos;s goal.</source>
        <translation>
            <numerusform>Noch %n bis zum heutigen Tagesziel.</numerusform>
            <numerusform>Noch %n bis zum heutigen Tagesziel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions, routines and mat sessions practised today. {met} The goal is set in Preferences.</source>
        <translation>Heute geübte Sitzungen, Routinen und Sitzungen auf der Matte. {met} Das Ziel legen Sie in den Einstellungen fest.</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>The eight classic points</source>
        <translation>Die acht klassischen Punkte</translation>
    </message>
    <message>
        <source>All self-care points</source>
        <translation>Alle Punkte zur Selbstanwendung</translation>
    </message>
    <message>
        <source>Self-care points: {region}</source>
        <translation>Punkte zur Selbstanwendung: {region}</translation>
    </message>
    <message>
        <source>Routine: {name}</source>
        <translation>Routine: {name}</translation>
    </message>
    <message>
        <source>Points you have practised</source>
        <translation>Punkte, die Sie geübt haben</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Save the Chart as {format}</source>
        <translation>Grafik als {format} speichern</translation>
    </message>
    <message>
        <source>Export or Print This View</source>
        <translation>Diese Ansicht exportieren oder drucken</translation>
    </message>
    <message>
        <source>none shown now</source>
        <translation>derzeit keine angezeigt</translation>
    </message>
    <message>
        <source>Channels ({names})</source>
        <translation>Meridiane ({names})</translation>
    </message>
    <message>
        <source>Point codes beside the points</source>
        <translation>Punktcodes neben den Punkten</translation>
    </message>
    <message>
        <source>How to measure the point shown now</source>
        <translation>Messanleitung für den angezeigten Punkt</translation>
    </message>
    <message>
        <source>Paper size for printing</source>
        <translation>Papierformat zum Drucken</translation>
    </message>
    <message>
        <source>Paper for printing</source>
        <translation>Papier zum Drucken</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The Chart Was Not Saved</source>
        <translation>Die Grafik wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The Chart Was Not Printed</source>
        <translation>Die Grafik wurde nicht gedruckt</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <source>What would you like help with? For example: headache, can&apos;t sleep, stress</source>
        <translation>Wobei hätten Sie gern Hilfe? Bitte auf Englisch, zum Beispiel: headache, can&apos;t sleep, stress</translation>
    </message>
    <message>
        <source>Describe what you feel</source>
        <translation>Beschreiben Sie, was Sie spüren</translation>
    </message>
    <message>
        <source>Common:</source>
        <translation>Häufig:</translation>
    </message>
    <message>
        <source>Suggested points</source>
        <translation>Vorgeschlagene Punkte</translation>
    </message>
    <message>
        <source>Start a Routine with the Top Points</source>
        <translation>Routine mit den obersten Vorschlägen starten</translation>
    </message>
    <message>
        <source>Type what you feel, or pick a common complaint.</source>
        <translation>Geben Sie ein, was Sie spüren, oder wählen Sie eine häufige Beschwerde.</translation>
    </message>
    <message>
        <source>For: {complaints}</source>
        <translation>Für: {complaints}</translation>
    </message>
    <message>
        <source>Left out because of your safety answers: {points}</source>
        <translation>Wegen Ihrer Sicherheitsangaben ausgelassen: {points}</translation>
    </message>
    <message>
        <source>{symptom}: get medical help instead if…</source>
        <translation>{symptom}: Holen Sie stattdessen ärztliche Hilfe, wenn…</translation>
    </message>
    <message>
        <source>Preset: {routine} ({minutes} min)</source>
        <translation>Vorlage: {routine} ({minutes} Min.)</translation>
    </message>
    <message>
        <source>For {first} and {second}</source>
        <translation>Bei {first} und {second}</translation>
    </message>
    <message>
        <source>For {complaint}</source>
        <translation>Bei {complaint}</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Time until the next point starts</source>
        <translation>Zeit bis zum Beginn des nächsten Punkts</translation>
    </message>
    <message>
        <source>Paused · press Space or Resume to go on</source>
        <translation>Pausiert · Drücken Sie Space oder „Fortsetzen“, um weiterzumachen</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Find the point before (←)</source>
        <translation>Den vorherigen Punkt finden (←)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Countdown anhalten oder fortsetzen (Space)</translation>
    </message>
    <message>
        <source>Start Now ▶</source>
        <translation>Jetzt starten ▶</translation>
    </message>
    <message>
        <source>Start this point now (→)</source>
        <translation>Diesen Punkt jetzt starten (→)</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Routine beenden (Esc)</translation>
    </message>
    <message>
        <source>Point {number} of {total} · find it now</source>
        <translation>Punkt {number} von {total} · jetzt finden</translation>
    </message>
    <message>
        <source>Next: {point}</source>
        <translation>Als Nächstes: {point}</translation>
    </message>
    <message>
        <source>Where {code} is</source>
        <translation>Wo {code} liegt</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>Beginnt in {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>FingerDrawings</name>
    <message>
        <source>{cun} cun</source>
        <translation>{cun} Cun</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Last 30 days, per day</source>
        <translation>Letzte 30 Tage, pro Tag</translation>
    </message>
    <message>
        <source>Last 26 weeks, per week</source>
        <translation>Letzte 26 Wochen, pro Woche</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>better by (0-10)</source>
        <translation>besser um (0-10)</translation>
    </message>
    <message>
        <source>Before and after, for</source>
        <translation>Vorher und nachher bei</translation>
    </message>
    <message>
        <source>Your history cannot be read right now.</source>
        <translation>Ihr Verlauf kann gerade nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Practised today</source>
        <translation>Heute geübt</translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Noch keine Serie</translation>
    </message>
    <message>
        <source>{streak} · today: {done} of your daily goal of {goal}</source>
        <translation>{streak} · heute: {done} von {goal} (Ihr Tagesziel)</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Minutes of pressing per week</source>
        <translation>Minuten Drücken pro Woche</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Minutes of pressing per day</source>
        <translation>Minuten Drücken pro Tag</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Vom {first} bis {last}</translation>
    </message>
    <message>
        <source>most on {day}</source>
        <translation>die meisten am {day}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <source>{span}: %n session(s), {most}.</source>
        <translation>
            <numerusform>{span}: %n Sitzung, {most}.</numerusform>
            <numerusform>{span}: %n Sitzungen, {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{span}: {minutes} minutes of pressing in all.</source>
        <translation>{span}: insgesamt {minutes} Minuten Drücken.</translation>
    </message>
    <message>
        <source>How much better you felt after each rated session</source>
        <translation>Wie viel besser Sie sich nach jeder bewerteten Sitzung fühlten</translation>
    </message>
    <message numerus="yes">
        <source>%n rated session(s); the last {last} points better, on average {average}.</source>
        <translation>
            <numerusform>%n bewertete Sitzung; die letzte {last} Punkte besser, im Durchschnitt {average}.</numerusform>
            <numerusform>%n bewertete Sitzungen; die letzte {last} Punkte besser, im Durchschnitt {average}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rated sessions yet.</source>
        <translation>Noch keine bewerteten Sitzungen.</translation>
    </message>
    <message>
        <source>No rated sessions for this yet. Rate how you feel before and after a session to see which points help you.</source>
        <translation>Hierfür gibt es noch keine bewerteten Sitzungen. Bewerten Sie vor und nach einer Sitzung, wie es Ihnen geht, um zu sehen, welche Punkte Ihnen helfen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{point}&lt;/b&gt; (%n rated): {note}</source>
        <translation>
            <numerusform>&lt;b&gt;{point}&lt;/b&gt; (%n bewertet): {note}</numerusform>
            <numerusform>&lt;b&gt;{point}&lt;/b&gt; (%n bewertet): {note}</numerusform>
        </translation>
    </message>
    <message>
        <source>What has helped you most</source>
        <translation>Was Ihnen am meisten geholfen hat</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n session(s), {minutes} min</source>
        <translation>
            <numerusform>{when}: %n Sitzung, {minutes} Min.</numerusform>
            <numerusform>{when}: %n Sitzungen, {minutes} Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>Show on Body Map</source>
        <translation>Auf der Körperkarte zeigen</translation>
    </message>
    <message>
        <source>Select a session to see it in full.</source>
        <translation>Wählen Sie eine Sitzung aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>For: {symptom}</source>
        <translation>Anlass: {symptom}</translation>
    </message>
    <message>
        <source>Part of the routine: {routine}</source>
        <translation>Teil der Routine: {routine}</translation>
    </message>
    <message>
        <source>{phase} ({side})</source>
        <translation>{phase} ({side})</translation>
    </message>
    <message>
        <source>Cut short: {phases}.</source>
        <translation>Verkürzt: {phases}.</translation>
    </message>
    <message>
        <source>Too short to count toward the daily goal.</source>
        <translation>Zu kurz, um für das Tagesziel zu zählen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>pressing {time}</source>
        <translation>Druckdauer {time}</translation>
    </message>
    <message>
        <source>How strong, before → after (0-10): &lt;b&gt;{ratings}&lt;/b&gt;</source>
        <translation>Stärke vorher → nachher (0-10): &lt;b&gt;{ratings}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Keine Notiz.</translation>
    </message>
    <message>
        <source>Practised on: {computer}</source>
        <translation>Geübt an: {computer}</translation>
    </message>
    <message>
        <source>Earlier notes, replaced by a later edit on another computer:</source>
        <translation>Frühere Notizen, ersetzt durch eine spätere Änderung an einem anderen Computer:</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Jeder Anlass</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>Verkürzt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Sessions and routines</source>
        <translation>Sitzungen und Routinen</translation>
    </message>
    <message>
        <source>Routine steps only</source>
        <translation>Nur Routinenschritte</translation>
    </message>
    <message>
        <source>Single sessions only</source>
        <translation>Nur Einzelsitzungen</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Alle Computer</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>The history could not be backed up to {folder} ({reason}).</source>
        <translation>Der Verlauf konnte nicht in {folder} gesichert werden ({reason}).</translation>
    </message>
    <message>
        <source>the history could not be written</source>
        <translation>der Verlauf konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The history could not be backed up to {folder} (it cannot be read).</source>
        <translation>Der Verlauf konnte nicht in {folder} gesichert werden (er kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Your sessions are being saved again; nothing was lost.</source>
        <translation>Ihre Sitzungen werden wieder gespeichert; nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <source>Your past sessions are safe and can still be viewed.</source>
        <translation>Ihre bisherigen Sitzungen sind sicher und können weiterhin angesehen werden.</translation>
    </message>
    <message>
        <source>Your sessions are not being saved: {reason} ({detail}).</source>
        <translation>Ihre Sitzungen werden nicht gespeichert: {reason} ({detail}).</translation>
    </message>
    <message>
        <source>Your sessions are not being saved right now: {reason} ({detail}). Your past sessions are safe; new ones are kept while the app is open and saved as soon as they can be.</source>
        <translation>Ihre Sitzungen werden gerade nicht gespeichert: {reason} ({detail}). Ihre bisherigen Sitzungen sind sicher; neue werden aufbewahrt, solange die App geöffnet ist, und gespeichert, sobald das möglich ist.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be created</source>
        <translation>der Ordner {folder} kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>It was opened read-only and your sessions are not saved.</source>
        <translation>Er wurde schreibgeschützt geöffnet, und Ihre Sitzungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>the damaged history could not be set aside</source>
        <translation>der beschädigte Verlauf konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>a new history could not be created</source>
        <translation>ein neuer Verlauf konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Your session history was damaged and could not be read. It was kept as {file} and a new, empty history was started.</source>
        <translation>Ihr Sitzungsverlauf war beschädigt und konnte nicht gelesen werden. Er wurde als {file} aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>{file} cannot be written</source>
        <translation>{file} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Your session history was written by a newer version of the app (format {format}; this version knows up to {known}).</source>
        <translation>Ihr Sitzungsverlauf wurde von einer neueren Version der App geschrieben (Format {format}; diese Version kennt Formate bis {known}).</translation>
    </message>
    <message>
        <source>Past sessions cannot be shown either: the history file is damaged. It was left as it is.</source>
        <translation>Auch bisherige Sitzungen können nicht angezeigt werden: Die Verlaufsdatei ist beschädigt. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the history file is busy in another program</source>
        <translation>die Verlaufsdatei wird gerade von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past sessions</source>
        <translation>Bisherige Sitzungen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>JSON importieren…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Charts and insights</source>
        <translation>Diagramme und Auswertungen</translation>
    </message>
    <message>
        <source>a routine</source>
        <translation>eine Routine</translation>
    </message>
    <message>
        <source>{routine} · {done} of {planned} ({status})</source>
        <translation>{routine} · {done} von {planned} ({status})</translation>
    </message>
    <message numerus="yes">
        <source>%n+ session(s) shown</source>
        <translation>
            <numerusform>%n+ Sitzung angezeigt</numerusform>
            <numerusform>%n+ Sitzungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n Sitzung angezeigt</numerusform>
            <numerusform>%n Sitzungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be deleted.</source>
        <translation>Die Sitzungen konnten nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Sitzung gelöscht. Mit Ctrl+Z holen Sie sie zurück.</numerusform>
            <numerusform>%n Sitzungen gelöscht. Mit Ctrl+Z holen Sie sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n session(s).</source>
        <translation>
            <numerusform>%n Sitzung wiederhergestellt.</numerusform>
            <numerusform>%n Sitzungen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>{error} Your history itself is unchanged.</source>
        <translation>{error} Ihr Verlauf selbst ist unverändert.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert in {path}.</translation>
    </message>
    <message>
        <source>No Backups Yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>In {folder} gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Nothing Was Restored</source>
        <translation>Nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {error}.</translation>
    </message>
    <message>
        <source>Restored {backup}. Your history as it was is kept in {safety}.</source>
        <translation>{backup} wurde wiederhergestellt. Ihr bisheriger Verlauf ist in {safety} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your history with this backup? (Your current history is backed up first.)</source>
        <translation>Ihren Verlauf durch diese Sicherung ersetzen? (Ihr aktueller Verlauf wird vorher gesichert.)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>History export (*.json)</source>
        <translation>Verlaufsexport (*.json)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n Sitzung nach {path} exportiert.</numerusform>
            <numerusform>%n Sitzungen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>The file has problems, so none of it was imported. Your history is unchanged.</source>
        <translation>Die Datei weist Fehler auf, daher wurde nichts daraus importiert. Ihr Verlauf ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) and {cards}; {skipped} already in your history.</source>
        <translation>
            <numerusform>%n Sitzung und {cards} importiert; {skipped} bereits in Ihrem Verlauf vorhanden.</numerusform>
            <numerusform>%n Sitzungen und {cards} importiert; {skipped} bereits in Ihrem Verlauf vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) and {cards}.</source>
        <translation>
            <numerusform>%n Sitzung und {cards} importiert.</numerusform>
            <numerusform>%n Sitzungen und {cards} importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s); {skipped} already in your history.</source>
        <translation>
            <numerusform>%n Sitzung importiert; {skipped} bereits in Ihrem Verlauf vorhanden.</numerusform>
            <numerusform>%n Sitzungen importiert; {skipped} bereits in Ihrem Verlauf vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s).</source>
        <translation>
            <numerusform>%n Sitzung importiert.</numerusform>
            <numerusform>%n Sitzungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz card(s)</source>
        <translation>
            <numerusform>%n Quizkarte</numerusform>
            <numerusform>%n Quizkarten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Pressing</source>
        <translation>Druckdauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation>✓ Abgeschlossen</translation>
    </message>
    <message>
        <source>◐ Shortened</source>
        <translation>◐ Verkürzt</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ Abgebrochen</translation>
    </message>
    <message>
        <source>⚠ Interrupted</source>
        <translation>⚠ Unterbrochen</translation>
    </message>
    <message>
        <source>… Running</source>
        <translation>… Läuft</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>Akupressurmatte</translation>
    </message>
    <message>
        <source>Notes can be up to 2000 characters.</source>
        <translation>Notizen können bis zu 2000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Die Notiz konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Hotspot</name>
    <message>
        <source>{point} (reference only)</source>
        <translation>{point} (nur zur Information)</translation>
    </message>
    <message>
        <source>{point} (for reference)</source>
        <translation>{point} (zur Information)</translation>
    </message>
    <message>
        <source>{point}, left side</source>
        <translation>{point}, linke Seite</translation>
    </message>
    <message>
        <source>{point}, right side</source>
        <translation>{point}, rechte Seite</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Only 1 rated session so far; {more} more before this says much.</source>
        <translation>Bisher erst 1 bewertete Sitzung; noch {more} weitere, bevor das viel aussagt.</translation>
    </message>
    <message>
        <source>Only {sessions} rated sessions so far; {more} more before this says much.</source>
        <translation>Bisher erst {sessions} bewertete Sitzungen; noch {more} weitere, bevor das viel aussagt.</translation>
    </message>
    <message>
        <source>On average {points} points better afterwards.</source>
        <translation>Im Durchschnitt danach um {points} Punkte besser.</translation>
    </message>
    <message>
        <source>On average {points} points worse afterwards.</source>
        <translation>Im Durchschnitt danach um {points} Punkte schlechter.</translation>
    </message>
    <message>
        <source>On average no change.</source>
        <translation>Im Durchschnitt keine Veränderung.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Anywhere in the Window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>Body Map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Search Box</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Guided Session</source>
        <translation>Geführte Sitzung</translation>
    </message>
    <message>
        <source>Learn the Points</source>
        <translation>Punkte lernen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Routine Editor</source>
        <translation>Routinen-Editor</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export or Print This View…</source>
        <translation>Diese Ansicht e&amp;xportieren oder drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find a Point…</source>
        <translation>Punkt &amp;finden…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Fi&amp;t Diagram</source>
        <translation>Diagramm ein&amp;passen</translation>
    </message>
    <message>
        <source>Show Lan&amp;dmarks</source>
        <translation>&amp;Orientierungspunkte anzeigen</translation>
    </message>
    <message>
        <source>Show the Other &amp;Side</source>
        <translation>Andere &amp;Seite anzeigen</translation>
    </message>
    <message>
        <source>&amp;Previous Point on the Channel</source>
        <translation>&amp;Vorheriger Punkt auf dem Meridian</translation>
    </message>
    <message>
        <source>N&amp;ext Point on the Channel</source>
        <translation>&amp;Nächster Punkt auf dem Meridian</translation>
    </message>
    <message>
        <source>&amp;Next Body View</source>
        <translation>&amp;Nächste Körperansicht</translation>
    </message>
    <message>
        <source>Pre&amp;vious Body View</source>
        <translation>&amp;Vorherige Körperansicht</translation>
    </message>
    <message>
        <source>&amp;Body Map</source>
        <translation>Körperkar&amp;te</translation>
    </message>
    <message>
        <source>All &amp;Points</source>
        <translation>&amp;Alle Punkte</translation>
    </message>
    <message>
        <source>Find &amp;Help by Complaint</source>
        <translation>&amp;Hilfe nach Beschwerde finden</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;Mat Sessions</source>
        <translation>Sitzungen auf der &amp;Matte</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>&amp;Learn the Points</source>
        <translation>Punkte &amp;lernen</translation>
    </message>
    <message>
        <source>&amp;How to Practise…</source>
        <translation>&amp;Anleitung zum Üben…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Move to the Nearest Point</source>
        <translation>Zum nächstgelegenen Punkt wechseln</translation>
    </message>
    <message>
        <source>Open the Point</source>
        <translation>Punkt öffnen</translation>
    </message>
    <message>
        <source>Go Through the Suggestions</source>
        <translation>Vorschläge durchgehen</translation>
    </message>
    <message>
        <source>Open the Suggestion</source>
        <translation>Vorschlag öffnen</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation>Anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Go On to the Next Phase</source>
        <translation>Weiter zur nächsten Phase</translation>
    </message>
    <message>
        <source>Back to the Start of the Phase</source>
        <translation>Zurück zum Anfang der Phase</translation>
    </message>
    <message>
        <source>Stop, or Close When Done</source>
        <translation>Beenden oder, wenn fertig, schließen</translation>
    </message>
    <message>
        <source>Focus Mode (Full Screen)</source>
        <translation>Fokusmodus (Vollbild)</translation>
    </message>
    <message>
        <source>Choose an Answer</source>
        <translation>Antwort auswählen</translation>
    </message>
    <message>
        <source>Show the Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Next Question, or Place the Cross</source>
        <translation>Nächste Frage oder Kreuz setzen</translation>
    </message>
    <message>
        <source>Move the Cross (with Shift: Finely)</source>
        <translation>Kreuz verschieben (mit Shift: feiner)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Move the Step Up</source>
        <translation>Schritt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the Step Down</source>
        <translation>Schritt nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Your settings cannot be saved in {folder}: {reason}.</source>
        <translation>Ihre Einstellungen können nicht in {folder} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Already Running</source>
        <translation>Läuft bereits</translation>
    </message>
    <message>
        <source>{app} is already open but did not answer. Wait a moment and try again; if it stays like this, close the open copy (or restart your computer) and start it again.</source>
        <translation>{app} ist bereits geöffnet, hat aber nicht geantwortet. Warten Sie einen Moment und versuchen Sie es erneut; bleibt es dabei, schließen Sie die bereits geöffnete App (oder starten Sie den Computer neu) und starten Sie sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The App Is Incomplete</source>
        <translation>Die App ist unvollständig</translation>
    </message>
    <message>
        <source>The Point Catalog Has Errors</source>
        <translation>Der Punktkatalog enthält Fehler</translation>
    </message>
    <message>
        <source>{app} cannot start because its point data failed its checks (%n problem(s)). Reinstalling the app should fix this. If you edited the data files, the details say which file, item and field to correct.</source>
        <translation>{app} kann nicht starten, weil die Punktdaten die Prüfung nicht bestanden haben (Anzahl der Probleme: %n). Eine Neuinstallation der App sollte das beheben. Falls Sie die Datendateien bearbeitet haben, nennen die Details Datei, Eintrag und Feld, die zu korrigieren sind.</translation>
    </message>
</context>
<context>
    <name>LearnCharts</name>
    <message>
        <source>Cards learnt</source>
        <translation>Gelernte Karten</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Points found (right or close)</source>
        <translation>Gefundene Punkte (richtig oder knapp daneben)</translation>
    </message>
    <message>
        <source>Reviews in the next two weeks</source>
        <translation>Wiederholungen in den nächsten zwei Wochen</translation>
    </message>
    <message>
        <source>days from today</source>
        <translation>Tage ab heute</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Find the point on the body</source>
        <translation>Den Punkt am Körper finden</translation>
    </message>
    <message>
        <source>Name the point shown</source>
        <translation>Den gezeigten Punkt benennen</translation>
    </message>
    <message>
        <source>Which point is used for…</source>
        <translation>Welcher Punkt wird angewendet bei…</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <source>Code, pinyin and English</source>
        <translation>Code, Pinyin und Englisch</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>English names</source>
        <translation>Englische Namen</translation>
    </message>
    <message>
        <source>How choices name the points</source>
        <translation>Wie die Antwortmöglichkeiten die Punkte benennen</translation>
    </message>
    <message>
        <source>New cards a day</source>
        <translation>Neue Karten pro Tag</translation>
    </message>
    <message>
        <source>How many cards you have not seen before may come each day</source>
        <translation>Wie viele Karten, die Sie noch nicht gesehen haben, pro Tag dazukommen dürfen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Choices by:</source>
        <translation>Antworten als:</translation>
    </message>
    <message>
        <source>New cards a day:</source>
        <translation>Neue Karten pro Tag:</translation>
    </message>
    <message>
        <source>Learn the points</source>
        <translation>Punkte lernen</translation>
    </message>
    <message>
        <source>Short daily reviews: each card comes back just before you would forget it.</source>
        <translation>Kurze tägliche Wiederholungen: Jede Karte kommt wieder, kurz bevor Sie sie vergessen würden.</translation>
    </message>
    <message>
        <source>{deck} · {new} new · {due} due · {learnt} of {total} learnt</source>
        <translation>{deck} · {new} neu · {due} fällig · {learnt} von {total} gelernt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start (%n Due Now)</source>
        <translation>
            <numerusform>&amp;Starten (%n jetzt fällig)</numerusform>
            <numerusform>&amp;Starten (%n jetzt fällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{deck}: %n to answer now (new cards: up to {new_left} more today).</source>
        <translation>
            <numerusform>{deck}: %n jetzt zu beantworten (neue Karten: heute noch bis zu {new_left}).</numerusform>
            <numerusform>{deck}: %n jetzt zu beantworten (neue Karten: heute noch bis zu {new_left}).</numerusform>
        </translation>
    </message>
    <message>
        <source>when you add new cards tomorrow</source>
        <translation>morgen, wenn Sie neue Karten hinzunehmen</translation>
    </message>
    <message>
        <source>{deck}: nothing due now. Next review {when}.</source>
        <translation>{deck}: derzeit nichts fällig. Nächste Wiederholung: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>Done for now: %n answered. {counts}</source>
        <translation>
            <numerusform>Vorerst fertig: %n beantwortet. {counts}</numerusform>
            <numerusform>Vorerst fertig: %n beantwortet. {counts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Click a point on the body map, or press Ctrl+K to search.</source>
        <translation>Klicken Sie auf einen Punkt der Körperkarte oder drücken Sie Ctrl+K, um zu suchen.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Body Map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Find Help</source>
        <translation>Hilfe finden</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>This view shows both sides of the body, marked RIGHT and LEFT.</source>
        <translation>Diese Ansicht zeigt beide Körperseiten, markiert mit RECHTS und LINKS.</translation>
    </message>
    <message>
        <source>Showing the left side.</source>
        <translation>Die linke Seite wird gezeigt.</translation>
    </message>
    <message>
        <source>Showing the right side.</source>
        <translation>Die rechte Seite wird gezeigt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Measuring in Cun…</source>
        <translation>&amp;Messen in Cun…</translation>
    </message>
    <message>
        <source>&amp;Safety and Your Health…</source>
        <translation>&amp;Sicherheit und Ihre Gesundheit…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) arrived from your other computers.</source>
        <translation>
            <numerusform>%n Sitzung kam von Ihren anderen Computern.</numerusform>
            <numerusform>%n Sitzungen kamen von Ihren anderen Computern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Show this view for the right side of the body</source>
        <translation>Diese Ansicht für die rechte Körperseite zeigen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Show this view for the left side of the body (the drawing mirrored)</source>
        <translation>Diese Ansicht für die linke Körperseite zeigen (die Zeichnung gespiegelt)</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>Name the creases, bones and tendons the points are measured from</source>
        <translation>Die Falten, Knochen und Sehnen benennen, von denen aus die Punkte gemessen werden</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Meridiane</translation>
    </message>
    <message>
        <source>Draw the channels: none, the selected point&apos;s, or those you tick</source>
        <translation>Meridiane zeichnen: keine, den des ausgewählten Punkts oder die angehakten</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Das ganze Diagramm zeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>{view} · self-care points</source>
        <translation>{view} · Punkte zur Selbstanwendung</translation>
    </message>
    <message>
        <source>The whole body shows the points written for self-care; a region view (face, arm, leg...) shows every point of the atlas.</source>
        <translation>Der ganze Körper zeigt die Punkte, die für die Selbstanwendung beschrieben sind; eine Regionsansicht (Gesicht, Arm, Bein ...) zeigt jeden Punkt des Atlas.</translation>
    </message>
    <message>
        <source>This view shows both sides of the body, marked RIGHT and LEFT</source>
        <translation>Diese Ansicht zeigt beide Körperseiten, markiert mit RECHTS und LINKS</translation>
    </message>
</context>
<context>
    <name>MatPage</name>
    <message>
        <source>Lower yourself onto the mat slowly, and get up slowly: roll to one side first.</source>
        <translation>Lassen Sie sich langsam auf der Matte nieder und stehen Sie langsam wieder auf: Rollen Sie sich zuerst auf eine Seite.</translation>
    </message>
    <message>
        <source>The first minute prickles; most people relax after that. Breathe slowly.</source>
        <translation>In der ersten Minute piekst es; danach entspannen sich die meisten. Atmen Sie langsam.</translation>
    </message>
    <message>
        <source>Beginners start with a few minutes on a thin layer of cloth.</source>
        <translation>Einsteiger beginnen mit wenigen Minuten auf einer dünnen Stoffschicht.</translation>
    </message>
    <message>
        <source>A mat can leave red marks and, more than finger pressure, bruises. Never lie on a bruise, wound or swelling.</source>
        <translation>Eine Matte kann rote Abdrücke hinterlassen und, eher als Fingerdruck, auch blaue Flecken. Legen Sie sich nie auf einen blauen Fleck, eine Wunde oder eine Schwellung.</translation>
    </message>
    <message>
        <source>Lie on your back</source>
        <translation>Auf dem Rücken liegen</translation>
    </message>
    <message>
        <source>Sit (feet or back on the mat)</source>
        <translation>Sitzen (Füße oder Rücken auf der Matte)</translation>
    </message>
    <message>
        <source>Stand on it</source>
        <translation>Darauf stehen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes on the mat, 5 to 30</source>
        <translation>Minuten auf der Matte, 5 bis 30</translation>
    </message>
    <message>
        <source>Through a layer of cloth</source>
        <translation>Durch eine Stoffschicht</translation>
    </message>
    <message>
        <source>On bare skin</source>
        <translation>Auf nackter Haut</translation>
    </message>
    <message>
        <source>Your target time on the mat</source>
        <translation>Ihre Zielzeit auf der Matte</translation>
    </message>
    <message>
        <source>Just practising</source>
        <translation>Nur zum Üben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>Wofür üben Sie?</translation>
    </message>
    <message>
        <source>How strong is it now (0-10)?</source>
        <translation>Wie stark ist es jetzt (0-10)?</translation>
    </message>
    <message>
        <source>&amp;Use This</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Working up to</source>
        <translation>Steigern bis</translation>
    </message>
    <message>
        <source>&amp;Start Mat Session</source>
        <translation>Sitzung auf der Matte &amp;starten</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>Akupressurmatte</translation>
    </message>
    <message>
        <source>Applies to you</source>
        <translation>Trifft auf Sie zu</translation>
    </message>
</context>
<context>
    <name>MatSuggestion</name>
    <message>
        <source>Next: {minutes} min on a layer of cloth</source>
        <translation>Als Nächstes: {minutes} Min. auf einer Stoffschicht</translation>
    </message>
    <message>
        <source>Next: {minutes} min on bare skin</source>
        <translation>Als Nächstes: {minutes} Min. auf nackter Haut</translation>
    </message>
    <message>
        <source>Beginners start short, on a layer of cloth.</source>
        <translation>Einsteiger beginnen kurz, auf einer Stoffschicht.</translation>
    </message>
    <message>
        <source>Last time you stopped after {minutes} min; stay there for now.</source>
        <translation>Letztes Mal haben Sie nach {minutes} Min. aufgehört; bleiben Sie vorerst dabei.</translation>
    </message>
    <message>
        <source>You have reached your target of {minutes} min.</source>
        <translation>Sie haben Ihr Ziel von {minutes} Min. erreicht.</translation>
    </message>
    <message>
        <source>You finished {minutes} min last time, so a minute more. You have been comfortable on a layer; try bare skin if you like.</source>
        <translation>Letztes Mal haben Sie {minutes} Min. geschafft, also eine Minute mehr. Auf einer Stoffschicht war es für Sie angenehm; versuchen Sie es auf nackter Haut, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>You finished {minutes} min last time, so a minute more.</source>
        <translation>Letztes Mal haben Sie {minutes} Min. geschafft, also eine Minute mehr.</translation>
    </message>
</context>
<context>
    <name>MeasureBar</name>
    <message>
        <source>This step of the measurement</source>
        <translation>Dieser Schritt der Messung</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next Step ▶</source>
        <translation>Nächster Schritt ▶</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to measure {code}&lt;/b&gt; · step {step} of {count}</source>
        <translation>&lt;b&gt;So messen Sie {code}&lt;/b&gt; · Schritt {step} von {count}</translation>
    </message>
</context>
<context>
    <name>MeasuringGuide</name>
    <message>
        <source>How to measure {code} cannot be shown: {error}</source>
        <translation>Die Messanleitung für {code} kann nicht angezeigt werden: {error}</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Raise the pressure</source>
        <translation>Druck aufbauen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Ease off</source>
        <translation>Druck lösen</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Kleine Kreise</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Rest on the mat</source>
        <translation>Auf der Matte ruhen</translation>
    </message>
    <message>
        <source>Get up slowly</source>
        <translation>Langsam aufstehen</translation>
    </message>
    <message>
        <source>Sit or lie comfortably and find the point with your fingertip.</source>
        <translation>Setzen oder legen Sie sich bequem hin und finden Sie den Punkt mit der Fingerspitze.</translation>
    </message>
    <message>
        <source>Breathe in slowly as the circle grows, and out as it shrinks.</source>
        <translation>Atmen Sie langsam ein, während der Kreis wächst, und aus, während er schrumpft.</translation>
    </message>
    <message>
        <source>Press a little more with each breath, slowly, until it feels firm.</source>
        <translation>Drücken Sie mit jedem Atemzug langsam etwas fester, bis es sich fest anfühlt.</translation>
    </message>
    <message>
        <source>Hold a steady, medium-firm pressure. Firm, never painful.</source>
        <translation>Halten Sie einen gleichmäßigen, mittelfesten Druck. Fest, nie schmerzhaft.</translation>
    </message>
    <message>
        <source>Slowly let the pressure go, a little at a time.</source>
        <translation>Lösen Sie den Druck langsam, Stück für Stück.</translation>
    </message>
    <message>
        <source>Press and make small, slow circles, one with each cue.</source>
        <translation>Drücken Sie und machen Sie kleine, langsame Kreise, einen bei jedem Signal.</translation>
    </message>
    <message>
        <source>Let go, rest for a moment, and find the point on the other side.</source>
        <translation>Lassen Sie los, ruhen Sie einen Moment und finden Sie den Punkt auf der anderen Seite.</translation>
    </message>
    <message>
        <source>Lower yourself slowly onto the mat and breathe. The prickling usually eases within a minute.</source>
        <translation>Lassen Sie sich langsam auf der Matte nieder und atmen Sie. Das Pieksen lässt meist innerhalb einer Minute nach.</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. Let your muscles soften.</source>
        <translation>Bleiben Sie ruhig und atmen Sie entspannt. Lassen Sie Ihre Muskeln weich werden.</translation>
    </message>
    <message>
        <source>Breathe a little deeper. When the time is up, roll to one side and get up slowly.</source>
        <translation>Atmen Sie etwas tiefer. Wenn die Zeit um ist, rollen Sie sich auf eine Seite und stehen Sie langsam auf.</translation>
    </message>
    <message>
        <source>Lay the mat on a firm, flat surface, with a layer of cloth if you chose one, and get into position beside it.</source>
        <translation>Legen Sie die Matte auf eine feste, ebene Unterlage, mit einer Stoffschicht, falls Sie eine gewählt haben, und bringen Sie sich daneben in Position.</translation>
    </message>
    <message>
        <source>Breathe in slowly as the circle grows, and out as it shrinks, before you lower yourself onto the mat.</source>
        <translation>Atmen Sie langsam ein, während der Kreis wächst, und aus, während er schrumpft, bevor Sie sich auf der Matte niederlassen.</translation>
    </message>
    <message>
        <source>Press a little more with each breath, slowly, until you feel it clearly. Keep it gentle.</source>
        <translation>Drücken Sie mit jedem Atemzug langsam etwas fester, bis Sie es deutlich spüren. Bleiben Sie dabei sanft.</translation>
    </message>
    <message>
        <source>Hold a steady, gentle pressure: clearly felt, never enough to leave a mark.</source>
        <translation>Halten Sie einen gleichmäßigen, sanften Druck: deutlich spürbar, aber nie so stark, dass er Spuren hinterlässt.</translation>
    </message>
    <message>
        <source>Press gently and make small, slow circles, one with each cue.</source>
        <translation>Drücken Sie sanft und machen Sie kleine, langsame Kreise, einen bei jedem Signal.</translation>
    </message>
</context>
<context>
    <name>PhaseSpeaker</name>
    <message>
        <source>Spoken phase names are off: text to speech is not installed ({error}).</source>
        <translation>Gesprochene Phasennamen sind aus: Die Sprachausgabe ist nicht installiert ({error}).</translation>
    </message>
    <message>
        <source>Spoken phase names are off: this system has no speech engine.</source>
        <translation>Gesprochene Phasennamen sind aus: Dieses System hat keine Sprachausgabe.</translation>
    </message>
</context>
<context>
    <name>PhaseTable</name>
    <message>
        <source>{phase} ({side})</source>
        <translation>{phase} ({side})</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>verkürzt</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>Never press on bruises, cuts, open wounds or swelling. Pressure should feel firm, never painful: ease off or stop if it hurts.</source>
        <translation>Drücken Sie nie auf blaue Flecken, Schnitte, offene Wunden oder Schwellungen. Der Druck soll sich fest anfühlen, nie schmerzhaft: Lösen Sie den Druck oder hören Sie auf, wenn es wehtut.</translation>
    </message>
    <message>
        <source>Acupressure describes traditional practice. It is not a substitute for medical care: see a doctor about symptoms that are severe, sudden or do not go away.</source>
        <translation>Akupressur beschreibt eine traditionelle Praxis. Sie ersetzt keine ärztliche Versorgung: Gehen Sie mit starken, plötzlichen oder nicht abklingenden Beschwerden zum Arzt.</translation>
    </message>
    <message>
        <source>Shown for reference: the app has no self-care guide for this point, so it offers no guided session on it. The points listed under Find help have one.</source>
        <translation>Zur Information gezeigt: Die App hat für diesen Punkt keine Anleitung zur Selbstanwendung und bietet daher keine geführte Sitzung dafür an. Die unter „Hilfe finden“ aufgeführten Punkte haben eine.</translation>
    </message>
    <message>
        <source>Reference only: not for pressing yourself</source>
        <translation>Nur zur Information: nicht selbst drücken</translation>
    </message>
    <message>
        <source>Shown for reference</source>
        <translation>Zur Information gezeigt</translation>
    </message>
    <message>
        <source>on both sides of the body</source>
        <translation>auf beiden Körperseiten</translation>
    </message>
    <message>
        <source>on the centre line of the body</source>
        <translation>auf der Mittellinie des Körpers</translation>
    </message>
    <message>
        <source>on the left side only</source>
        <translation>nur auf der linken Seite</translation>
    </message>
    <message>
        <source>on the right side only</source>
        <translation>nur auf der rechten Seite</translation>
    </message>
    <message>
        <source>Point details</source>
        <translation>Punktdetails</translation>
    </message>
    <message>
        <source>Start Guided Session</source>
        <translation>Geführte Sitzung starten</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Es läuft bereits eine Sitzung.</translation>
    </message>
    <message>
        <source>Choose a point</source>
        <translation>Wählen Sie einen Punkt</translation>
    </message>
    <message>
        <source>Click a dot on the body map, or search by name, code or what you would like help with (Ctrl+K).</source>
        <translation>Klicken Sie auf einen Punkt der Körperkarte oder suchen Sie nach Name, Code oder danach, wobei Sie Hilfe möchten (Ctrl+K).</translation>
    </message>
    <message>
        <source>Not practised yet</source>
        <translation>Noch nicht geübt</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Practised {times} · last {when}</source>
        <translation>{times} geübt · zuletzt {when}</translation>
    </message>
    <message>
        <source>Applies to you ({conditions}):</source>
        <translation>Trifft auf Sie zu ({conditions}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not for pressing yourself:&lt;/b&gt; {reason} The app shows where it is and offers no session on it.</source>
        <translation>&lt;b&gt;Nicht zum Selbstdrücken:&lt;/b&gt; {reason} Die App zeigt, wo er liegt, und bietet keine Sitzung dafür an.</translation>
    </message>
    <message>
        <source>Also numbered {code} in {standard}</source>
        <translation>In {standard} auch als {code} nummeriert</translation>
    </message>
    <message numerus="yes">
        <source>Its %n spot(s) on each side:</source>
        <translation>
            <numerusform>Seine %n Stelle auf jeder Seite:</numerusform>
            <numerusform>Seine %n Stellen auf jeder Seite:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n spot(s):</source>
        <translation>
            <numerusform>Seine %n Stelle:</numerusform>
            <numerusform>Seine %n Stellen:</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} on the diagram {view}</source>
        <translation>{code} im Diagramm {view}</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Shown on: {views}</source>
        <translation>Gezeigt in: {views}</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Wo er liegt</translation>
    </message>
    <message>
        <source>Show how to measure it, step by step</source>
        <translation>Schritt für Schritt zeigen, wie er gemessen wird</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>How to find it</source>
        <translation>So finden Sie ihn</translation>
    </message>
    <message>
        <source>How to press it</source>
        <translation>So drücken Sie ihn</translation>
    </message>
    <message>
        <source>Traditionally used for</source>
        <translation>Traditionell angewendet bei</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>By channel</source>
        <translation>Nach Meridian</translation>
    </message>
    <message>
        <source>By body region</source>
        <translation>Nach Körperregion</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A bis Z</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbstanwendung</translation>
    </message>
    <message>
        <source>Not to press</source>
        <translation>Nicht drücken</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Zur Information</translation>
    </message>
    <message>
        <source>Arrange points</source>
        <translation>Punkte anordnen</translation>
    </message>
    <message>
        <source>Filter by code, name or characters</source>
        <translation>Nach Code, Name oder Schriftzeichen filtern</translation>
    </message>
    <message>
        <source>Filter points</source>
        <translation>Punkte filtern</translation>
    </message>
    <message>
        <source>&amp;Self-care points only</source>
        <translation>Nur Punkte zur &amp;Selbstanwendung</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorheriger</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächster ▶</translation>
    </message>
    <message>
        <source>Show on &amp;Body Map</source>
        <translation>Auf der &amp;Körperkarte zeigen</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n point(s)</source>
        <translation>
            <numerusform>{shown} von %n Punkt</numerusform>
            <numerusform>{shown} von %n Punkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous on the channel: {code} {pinyin}</source>
        <translation>Vorheriger auf dem Meridian: {code} {pinyin}</translation>
    </message>
    <message>
        <source>Next on the channel: {code} {pinyin}</source>
        <translation>Nächster auf dem Meridian: {code} {pinyin}</translation>
    </message>
</context>
<context>
    <name>PracticeContext</name>
    <message>
        <source>Stop the Session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>Stop now?</source>
        <translation>Jetzt beenden?</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>What you have done so far is kept in your history. The session is paused while you decide.</source>
        <translation>Was Sie bisher gemacht haben, bleibt in Ihrem Verlauf erhalten. Die Sitzung ist angehalten, während Sie sich entscheiden.</translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>lying on your back</source>
        <translation>auf dem Rücken liegend</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>through a layer of cloth</source>
        <translation>durch eine Stoffschicht</translation>
    </message>
    <message>
        <source>on bare skin</source>
        <translation>auf nackter Haut</translation>
    </message>
    <message>
        <source>Acupressure mat · {position}, {minutes} min, {surface}</source>
        <translation>Akupressurmatte · {position}, {minutes} Min., {surface}</translation>
    </message>
    <message>
        <source>Guided session: {point}</source>
        <translation>Geführte Sitzung: {point}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <translation>Routine: {routine}</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>Akupressurmatte</translation>
    </message>
    <message>
        <source>Next Point ▶</source>
        <translation>Nächster Punkt ▶</translation>
    </message>
    <message>
        <source>Leave this point and go on to the next (→)</source>
        <translation>Diesen Punkt verlassen und zum nächsten gehen (→)</translation>
    </message>
    <message>
        <source>Point {number} of {total} · {routine}.</source>
        <translation>Punkt {number} von {total} · {routine}.</translation>
    </message>
    <message>
        <source>This session is not being saved.</source>
        <translation>Diese Sitzung wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start der App verwendet.</translation>
    </message>
    <message>
        <source>Mute sound cues</source>
        <translation>Signaltöne stummschalten</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Signaltöne</translation>
    </message>
    <message>
        <source>Speak the name of each phase</source>
        <translation>Den Namen jeder Phase ansagen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>Daily practice goal</source>
        <translation>Tägliches Übungsziel</translation>
    </message>
    <message>
        <source>What counts: a point pressed for a minute, five minutes on a mat, half a routine; 2 or 3 a day is plenty</source>
        <translation>Was zählt: ein Punkt eine Minute lang gedrückt, fünf Minuten auf einer Matte, eine halbe Routine; 2 oder 3 am Tag sind reichlich</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to find the point before a session</source>
        <translation>Zeit zum Finden des Punkts vor einer Sitzung</translation>
    </message>
    <message>
        <source>How long &quot;Get ready&quot; lasts at the start of a session, to find the point</source>
        <translation>Wie lange „Vorbereiten“ zu Beginn einer Sitzung dauert, um den Punkt zu finden</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Health and Safety Answers…</source>
        <translation>Angaben zu Gesundheit und Sicherheit…</translation>
    </message>
    <message>
        <source>The conditions you told the safety screen about; change them here</source>
        <translation>Was Sie in den Sicherheitsfragen angegeben haben; hier können Sie es ändern</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Your settings cannot be saved in {folder}. They apply until you close the app.</source>
        <translation>Ihre Einstellungen können nicht in {folder} gespeichert werden. Sie gelten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Your settings file cannot be used, so the defaults apply until you close the app.</source>
        <translation>Ihre Einstellungsdatei kann nicht verwendet werden, daher gelten bis zum Schließen der App die Standardwerte.</translation>
    </message>
    <message>
        <source>Some of your settings could not be read and are back to their defaults.</source>
        <translation>Einige Ihrer Einstellungen konnten nicht gelesen werden und sind auf die Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <source>Some of your settings could not be read and are back to their defaults (the old file was kept as {name}).</source>
        <translation>Einige Ihrer Einstellungen konnten nicht gelesen werden und sind auf die Standardwerte zurückgesetzt (die alte Datei wurde als {name} aufbewahrt).</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so the defaults are used.</source>
        <translation>Ihre Einstellungsdatei war beschädigt, daher werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so the defaults are used (the old file was kept as {name}).</source>
        <translation>Ihre Einstellungsdatei war beschädigt, daher werden die Standardwerte verwendet (die alte Datei wurde als {name} aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>PressurePlot</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>Pressure curve for the whole session</source>
        <translation>Druckverlauf der gesamten Sitzung</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Steady pressure</source>
        <translation>Gleichmäßiger Druck</translation>
    </message>
    <message>
        <source>Circular massage</source>
        <translation>Kreisende Massage</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>Akupressurmatte</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Where is {point}? Click it on the body.</source>
        <translation>Wo liegt {point}? Klicken Sie ihn am Körper an.</translation>
    </message>
    <message>
        <source>Which point is this?</source>
        <translation>Welcher Punkt ist das?</translation>
    </message>
    <message>
        <source>Which point is traditionally used for {symptom}?</source>
        <translation>Welcher Punkt wird traditionell bei {symptom} angewendet?</translation>
    </message>
</context>
<context>
    <name>QuizDiagram</name>
    <message>
        <source>Body view for the quiz</source>
        <translation>Körperansicht für das Quiz</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Knapp daneben</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Daneben</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>Taste {number}</translation>
    </message>
    <message>
        <source>How the answer scored</source>
        <translation>Wie die Antwort bewertet wurde</translation>
    </message>
    <message>
        <source>Show the Answer (Space)</source>
        <translation>Antwort zeigen (Space)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Weiter (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Click the spot, or move the cross with the arrow keys and press Enter.</source>
        <translation>Klicken Sie auf die Stelle oder bewegen Sie das Kreuz mit den Pfeiltasten und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>{verdict}: it is {point}.</source>
        <translation>{verdict}: Es ist {point}.</translation>
    </message>
    <message>
        <source>It is {point}. It will come back soon.</source>
        <translation>Es ist {point}. Die Karte kommt bald wieder.</translation>
    </message>
    <message>
        <source>{verdict}: {distance} cun from {code}.</source>
        <translation>{verdict}: {distance} Cun von {code} entfernt.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Before Your First Session</source>
        <translation>Vor Ihrer ersten Sitzung</translation>
    </message>
    <message>
        <source>You skipped the safety notes earlier. They take a minute and tell you when not to press and when to see a doctor first. Would you like to read them now?</source>
        <translation>Sie haben die Sicherheitshinweise vorhin übersprungen. Sie dauern eine Minute und sagen Ihnen, wann Sie nicht drücken sollten und wann Sie zuerst zum Arzt gehen sollten. Möchten Sie sie jetzt lesen?</translation>
    </message>
    <message>
        <source>&amp;Read the Safety Notes</source>
        <translation>Sicherheitshinweise &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Start Anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation>Ans Üben erinnern</translation>
    </message>
    <message>
        <source>Reminder time {number}</source>
        <translation>Erinnerungszeit {number}</translation>
    </message>
    <message>
        <source>Start at login (to remind you without opening the app)</source>
        <translation>Bei der Anmeldung starten (um Sie zu erinnern, ohne dass Sie die App öffnen)</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>The login entry could not be changed in {folder}: {reason}.</source>
        <translation>Der Anmeldeeintrag in {folder} konnte nicht geändert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Show on Map</source>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Show {code} on the body map</source>
        <translation>{code} auf der Körperkarte zeigen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start a guided session on {code}</source>
        <translation>Geführte Sitzung für {code} starten</translation>
    </message>
</context>
<context>
    <name>RoutineIntro</name>
    <message>
        <source>Gentle pressure throughout, because of what you told the safety screen.</source>
        <translation>Wegen Ihrer Angaben in den Sicherheitsfragen durchgehend sanfter Druck.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), about {minutes}.</source>
        <translation>
            <numerusform>%n Punkt, etwa {minutes}.</numerusform>
            <numerusform>%n Punkte, etwa {minutes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each point starts with a few slow breaths; between points you have %n second(s) to find the next one.</source>
        <translation>
            <numerusform>Jeder Punkt beginnt mit ein paar langsamen Atemzügen; zwischen den Punkten haben Sie %n Sekunde, um den nächsten zu finden.</numerusform>
            <numerusform>Jeder Punkt beginnt mit ein paar langsamen Atemzügen; zwischen den Punkten haben Sie %n Sekunden, um den nächsten zu finden.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: {point}</source>
        <translation>Zuerst: {point}</translation>
    </message>
    <message>
        <source>Where {code} is</source>
        <translation>Wo {code} liegt</translation>
    </message>
    <message>
        <source>How strong is it now, 0 to 10?</source>
        <translation>Wie stark ist es jetzt, von 0 bis 10?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>How strong is it now (0-10)?</source>
        <translation>Wie stark ist es jetzt (0-10)?</translation>
    </message>
    <message>
        <source>&amp;Start Routine</source>
        <translation>Routine &amp;starten</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>No particular complaint</source>
        <translation>Keine bestimmte Beschwerde</translation>
    </message>
    <message>
        <source>Point to add</source>
        <translation>Hinzuzufügender Punkt</translation>
    </message>
    <message>
        <source>&amp;Add Point</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>S&amp;tart Routine</source>
        <translation>Routine s&amp;tarten</translation>
    </message>
    <message>
        <source>This routine comes with the app. Duplicate it to make your own version.</source>
        <translation>Diese Routine wird mit der App geliefert. Duplizieren Sie sie, um eine eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Points, in order (drag, or Ctrl+Up / Ctrl+Down):</source>
        <translation>Punkte in Reihenfolge (ziehen oder Ctrl+Up / Ctrl+Down):</translation>
    </message>
    <message>
        <source>{routine}  ·  {minutes} min</source>
        <translation>{routine}  ·  {minutes} Min.</translation>
    </message>
    <message>
        <source>{routine}  (preset)</source>
        <translation>{routine}  (Vorlage)</translation>
    </message>
    <message>
        <source>About {time} in all</source>
        <translation>Insgesamt etwa {time}</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>{routine} (my copy)</source>
        <translation>{routine} (meine Kopie)</translation>
    </message>
    <message>
        <source>Rename Routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete the routine “{routine}”?</source>
        <translation>Die Routine „{routine}“ löschen?</translation>
    </message>
    <message>
        <source>Its steps are gone for good; your history of running it stays.</source>
        <translation>Die Schritte sind dann endgültig weg; Ihr Verlauf mit dieser Routine bleibt erhalten.</translation>
    </message>
    <message>
        <source>Export Routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Routine (*.json)</translation>
    </message>
    <message>
        <source>The routine could not be saved: {problem}.</source>
        <translation>Die Routine konnte nicht gespeichert werden: {problem}.</translation>
    </message>
    <message>
        <source>Exported {routine} to {path}.</source>
        <translation>{routine} wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Import Routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {problem}.</source>
        <translation>Die Datei konnte nicht gelesen werden: {problem}.</translation>
    </message>
    <message>
        <source>This routine cannot be used: {problem}.</source>
        <translation>Diese Routine kann nicht verwendet werden: {problem}.</translation>
    </message>
    <message>
        <source>Imported the routine {routine}.</source>
        <translation>Die Routine {routine} wurde importiert.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Not saved: the history file cannot be written just now.</source>
        <translation>Nicht gespeichert: Die Verlaufsdatei kann gerade nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved the routine {routine}.</source>
        <translation>Die Routine {routine} wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>using an acupressure mat</source>
        <translation>die Anwendung einer Akupressurmatte</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Your safety answers could not be read ({reason}); please check them.</source>
        <translation>Ihre Sicherheitsangaben konnten nicht gelesen werden ({reason}); bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Your safety answers could not be saved in {folder} ({reason}). They apply until you close the app.</source>
        <translation>Ihre Sicherheitsangaben konnten nicht in {folder} gespeichert werden ({reason}). Sie gelten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Your saved safety answers were damaged, so the safety screen asks again.</source>
        <translation>Ihre gespeicherten Sicherheitsangaben waren beschädigt, daher werden die Sicherheitsfragen erneut gestellt.</translation>
    </message>
    <message>
        <source>Your saved safety answers were damaged, so the safety screen asks again. The old file was kept as {name}.</source>
        <translation>Ihre gespeicherten Sicherheitsangaben waren beschädigt, daher werden die Sicherheitsfragen erneut gestellt. Die alte Datei wurde als {name} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>{app}: Safety First</source>
        <translation>{app}: Sicherheit zuerst</translation>
    </message>
    <message>
        <source>Before You Start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Does any of this apply to you?</source>
        <translation>Trifft etwas davon auf Sie zu?</translation>
    </message>
    <message>
        <source>Never press</source>
        <translation>Nie drücken</translation>
    </message>
    <message>
        <source>Stop if</source>
        <translation>Aufhören, wenn</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Wann Sie zum Arzt gehen sollten</translation>
    </message>
    <message>
        <source>&amp;Save My Answers</source>
        <translation>Meine Antworten &amp;speichern</translation>
    </message>
    <message>
        <source>S&amp;kip for Now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Your answers are kept on this computer only. Change them any time: Help › Safety and Your Health.</source>
        <translation>Ihre Antworten werden nur auf diesem Computer gespeichert. Sie können sie jederzeit ändern: Hilfe › Sicherheit und Ihre Gesundheit.</translation>
    </message>
</context>
<context>
    <name>SavedWork</name>
    <message>
        <source>Your history could not be written before this problem either, so nothing new was saved.</source>
        <translation>Ihr Verlauf konnte schon vor diesem Problem nicht geschrieben werden, daher wurde nichts Neues gespeichert.</translation>
    </message>
    <message>
        <source>Your practice history is saved. The practice in progress is saved up to the last few seconds; you can keep going, and if you quit now it is kept in your history as interrupted.</source>
        <translation>Ihr Übungsverlauf ist gespeichert. Die laufende Übung ist bis auf die letzten paar Sekunden gespeichert; Sie können weitermachen, und wenn Sie jetzt beenden, bleibt sie in Ihrem Verlauf als unterbrochen erhalten.</translation>
    </message>
    <message>
        <source>Your practice history is saved; nothing you did was lost.</source>
        <translation>Ihr Übungsverlauf ist gespeichert; nichts von dem, was Sie getan haben, ist verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search points or symptoms (Ctrl+K)</source>
        <translation>Punkte oder Beschwerden suchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>Punkte suchen</translation>
    </message>
    <message>
        <source>{symptom}: get medical help instead if…</source>
        <translation>{symptom}: Holen Sie stattdessen ärztliche Hilfe, wenn…</translation>
    </message>
    <message>
        <source>Left out because of your safety answers: {codes}</source>
        <translation>Wegen Ihrer Sicherheitsangaben ausgelassen: {codes}</translation>
    </message>
</context>
<context>
    <name>SessionOutcome</name>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>shortened</source>
        <translation>verkürzt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>How strong is it now, 0 to 10?</source>
        <translation>Wie stark ist es jetzt, von 0 bis 10?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>0 (not at all)</source>
        <translation>0 (gar nicht)</translation>
    </message>
    <message>
        <source>10 (as bad as it gets)</source>
        <translation>10 (so schlimm wie nur möglich)</translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time? (optional)</source>
        <translation>Wie hat es sich angefühlt? Möchten Sie sich etwas für das nächste Mal merken? (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation>Wie stark ist es jetzt?</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Session shortened.</source>
        <translation>Sitzung verkürzt.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sitzung abgebrochen.</translation>
    </message>
    <message>
        <source>You stayed on the mat for {time}.</source>
        <translation>Sie sind {time} auf der Matte geblieben.</translation>
    </message>
    <message>
        <source>You pressed for {time}.</source>
        <translation>Sie haben {time} lang gedrückt.</translation>
    </message>
    <message>
        <source>Cut short: {phases}.</source>
        <translation>Verkürzt: {phases}.</translation>
    </message>
    <message>
        <source>It counts toward today&apos;s goal.</source>
        <translation>Das zählt für Ihr heutiges Tagesziel.</translation>
    </message>
    <message>
        <source>Sessions count toward the daily goal after five minutes on the mat.</source>
        <translation>Sitzungen zählen ab fünf Minuten auf der Matte für das Tagesziel.</translation>
    </message>
    <message>
        <source>Sessions count toward the daily goal after a minute of pressing.</source>
        <translation>Sitzungen zählen ab einer Minute Drücken für das Tagesziel.</translation>
    </message>
    <message>
        <source>(This session could not be saved to your history.)</source>
        <translation>(Diese Sitzung konnte nicht in Ihrem Verlauf gespeichert werden.)</translation>
    </message>
    <message numerus="yes">
        <source>You pressed all %n point(s) of {routine}.</source>
        <translation>
            <numerusform>Sie haben alle Punkte von {routine} gedrückt (%n Punkt).</numerusform>
            <numerusform>Sie haben alle %n Punkte von {routine} gedrückt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Routine finished, shortened.</source>
        <translation>Routine abgeschlossen, verkürzt.</translation>
    </message>
    <message>
        <source>Routine stopped.</source>
        <translation>Routine abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>You pressed {done} of %n point(s) in full; what you did is kept in your history.</source>
        <translation>
            <numerusform>Sie haben {done} von %n Punkt vollständig gedrückt; was Sie gemacht haben, bleibt in Ihrem Verlauf erhalten.</numerusform>
            <numerusform>Sie haben {done} von %n Punkten vollständig gedrückt; was Sie gemacht haben, bleibt in Ihrem Verlauf erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>(This run could not be saved to your history.)</source>
        <translation>(Dieser Durchgang konnte nicht in Ihrem Verlauf gespeichert werden.)</translation>
    </message>
    <message numerus="yes">
        <source>Notes can be up to %n character(s).</source>
        <translation>
            <numerusform>Notizen können bis zu %n Zeichen lang sein.</numerusform>
            <numerusform>Notizen können bis zu %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>Both sides, left then right</source>
        <translation>Beide Seiten, erst links, dann rechts</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Slow breaths first</source>
        <translation>Zuerst langsame Atemzüge</translation>
    </message>
    <message>
        <source>Seconds per breath</source>
        <translation>Sekunden pro Atemzug</translation>
    </message>
    <message>
        <source>Raise pressure over (s)</source>
        <translation>Druck aufbauen über (s)</translation>
    </message>
    <message>
        <source>Hold for (s)</source>
        <translation>Halten für (s)</translation>
    </message>
    <message>
        <source>Ease off over (s)</source>
        <translation>Druck lösen über (s)</translation>
    </message>
    <message>
        <source>Circle for (s)</source>
        <translation>Kreisen für (s)</translation>
    </message>
    <message>
        <source>Circles a minute</source>
        <translation>Kreise pro Minute</translation>
    </message>
    <message>
        <source>Sit or lie comfortably. Pressure should feel firm, never painful: stop if it hurts.</source>
        <translation>Setzen oder legen Sie sich bequem hin. Der Druck soll sich fest anfühlen, nie schmerzhaft: Hören Sie auf, wenn es wehtut.</translation>
    </message>
    <message>
        <source>Steady pressure</source>
        <translation>Gleichmäßiger Druck</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Kleine Kreise</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>On the centre line (one point)</source>
        <translation>Auf der Mittellinie (ein Punkt)</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>Wofür üben Sie?</translation>
    </message>
    <message>
        <source>Just practising</source>
        <translation>Nur zum Üben</translation>
    </message>
    <message>
        <source>How strong is it now, 0 to 10?</source>
        <translation>Wie stark ist es jetzt, von 0 bis 10?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>0 (not at all)</source>
        <translation>0 (gar nicht)</translation>
    </message>
    <message>
        <source>10 (as bad as it gets)</source>
        <translation>10 (so schlimm wie nur möglich)</translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation>Wie stark ist es jetzt?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Please type a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{symptom}: get medical help instead if…</source>
        <translation>{symptom}: Holen Sie stattdessen ärztliche Hilfe, wenn…</translation>
    </message>
    <message>
        <source>Please use at least {value}.</source>
        <translation>Bitte mindestens {value} verwenden.</translation>
    </message>
    <message>
        <source>Please use at most {value}.</source>
        <translation>Bitte höchstens {value} verwenden.</translation>
    </message>
    <message>
        <source>Please use a whole number.</source>
        <translation>Bitte eine ganze Zahl verwenden.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation>Verbleibende Zeit in dieser Phase</translation>
    </message>
    <message>
        <source>Show the breathing guide all the time</source>
        <translation>Atemanleitung immer anzeigen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Anhalten oder fortsetzen (Space)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>This phase again, or the one before (←)</source>
        <translation>Diese Phase noch einmal oder die vorherige (←)</translation>
    </message>
    <message>
        <source>Next Phase ▶</source>
        <translation>Nächste Phase ▶</translation>
    </message>
    <message>
        <source>Go on to the next phase now (→)</source>
        <translation>Jetzt zur nächsten Phase gehen (→)</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>Focus Mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>Full screen with large type (F11)</source>
        <translation>Vollbild mit großer Schrift (F11)</translation>
    </message>
    <message>
        <source>Paused · press Space or Resume to go on</source>
        <translation>Pausiert · Drücken Sie Space oder „Fortsetzen“, um weiterzumachen</translation>
    </message>
    <message>
        <source>Where {code} is</source>
        <translation>Wo {code} liegt</translation>
    </message>
    <message>
        <source>{phase}. {guidance}</source>
        <translation>{phase}. {guidance}</translation>
    </message>
    <message>
        <source>Session {time} left</source>
        <translation>Sitzung: noch {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SideLabel</name>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>The person&apos;s left side</source>
        <translation>Linke Seite der Person</translation>
    </message>
    <message>
        <source>The person&apos;s right side</source>
        <translation>Rechte Seite der Person</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
</context>
<context>
    <name>SoundCues</name>
    <message>
        <source>Sound cues are off: the system&apos;s audio library is missing ({error}).</source>
        <translation>Signaltöne sind aus: Die Audiobibliothek des Systems fehlt ({error}).</translation>
    </message>
    <message>
        <source>Sound cues are off: no audio output was found. Follow the cues on screen.</source>
        <translation>Signaltöne sind aus: Es wurde keine Audioausgabe gefunden. Folgen Sie den Hinweisen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Sound cues are off: the sound files are missing from {folder}.</source>
        <translation>Signaltöne sind aus: Die Tondateien fehlen in {folder}.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps: Ctrl+Up and Ctrl+Down move the selected step</source>
        <translation>Schritte: Ctrl+Up und Ctrl+Down verschieben den ausgewählten Schritt</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync folder {folder} cannot be found (a drive not plugged in, or a share not mounted?). Your practice is kept on this computer and shared once the folder is back.</source>
        <translation>Der Synchronisationsordner {folder} ist nicht zu finden (ein Laufwerk nicht angeschlossen oder eine Freigabe nicht eingebunden?). Ihre Übungen bleiben auf diesem Computer und werden geteilt, sobald der Ordner wieder da ist.</translation>
    </message>
    <message>
        <source>The sync folder {folder} cannot be read: {reason}. Your history here is unchanged.</source>
        <translation>Der Synchronisationsordner {folder} kann nicht gelesen werden: {reason}. Ihr Verlauf hier bleibt unverändert.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>{folder} holds the app&apos;s own history database, which must never be in a synced folder. Choose a folder of its own, such as ~/Sync.</source>
        <translation>{folder} enthält die Verlaufsdatenbank der App, die nie in einem synchronisierten Ordner liegen darf. Wählen Sie einen eigenen Ordner, etwa ~/Sync.</translation>
    </message>
    <message>
        <source>The app cannot write to {folder}: {reason}. Choose a folder you can change.</source>
        <translation>Die App kann nicht in {folder} schreiben: {reason}. Wählen Sie einen Ordner, den Sie ändern dürfen.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message>
        <source>it is far too large</source>
        <translation>sie ist viel zu groß</translation>
    </message>
    <message>
        <source>it does not start like a journal</source>
        <translation>sie beginnt nicht wie ein Journal</translation>
    </message>
    <message>
        <source>it is in another device&apos;s folder</source>
        <translation>sie liegt im Ordner eines anderen Geräts</translation>
    </message>
    <message>
        <source>a line of it is not a change the app writes</source>
        <translation>eine ihrer Zeilen ist keine Änderung, die die App schreibt</translation>
    </message>
    <message>
        <source>{file} in the sync folder was not read: {why}.</source>
        <translation>{file} im Synchronisationsordner wurde nicht gelesen: {why}.</translation>
    </message>
    <message>
        <source>Your practice is saved here and waits to be written to the sync folder {folder} ({reason}).</source>
        <translation>Ihre Übung ist hier gespeichert und wartet darauf, in den Synchronisationsordner {folder} geschrieben zu werden ({reason}).</translation>
    </message>
    <message>
        <source>Some journals in the sync folder come from a newer version of the app and were skipped: update the app on this computer to read them.</source>
        <translation>Einige Journale im Synchronisationsordner stammen von einer neueren Version der App und wurden übersprungen: Aktualisieren Sie die App auf diesem Computer, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>SyncPreferences</name>
    <message>
        <source>Keep one history on all your computers through a folder you already keep in sync, with Syncthing, Nextcloud, a network share or a USB stick. The app only writes its own journal into that folder and reads the other computers&apos; journals from it: it sends nothing anywhere itself, and needs no account.</source>
        <translation>Führen Sie einen Verlauf auf allen Ihren Computern über einen Ordner, den Sie bereits synchronisieren – mit Syncthing, Nextcloud, einer Netzwerkfreigabe oder einem USB-Stick. Die App schreibt nur ihr eigenes Journal in diesen Ordner und liest daraus die Journale der anderen Computer: Sie selbst sendet nichts irgendwohin und braucht kein Konto.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronisationsordner</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>Synchronisation ist aus</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Stop syncing; everything in your history stays on this computer</source>
        <translation>Synchronisation beenden; alles in Ihrem Verlauf bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>How your other computers list this one, e.g. &quot;Desk&quot; or &quot;Laptop&quot;</source>
        <translation>Wie Ihre anderen Computer diesen aufführen, z. B. „Schreibtisch“ oder „Laptop“</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Last wrote to the folder</source>
        <translation>Zuletzt in den Ordner geschrieben</translation>
    </message>
    <message>
        <source>Your computers in the sync folder</source>
        <translation>Ihre Computer im Synchronisationsordner</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Read the other computers&apos; changes from the folder now</source>
        <translation>Die Änderungen der anderen Computer jetzt aus dem Ordner lesen</translation>
    </message>
    <message>
        <source>Choose the Folder You Sync</source>
        <translation>Den synchronisierten Ordner wählen</translation>
    </message>
    <message>
        <source>Sync is off. Your history, with what came from your other computers, stays here.</source>
        <translation>Die Synchronisation ist aus. Ihr Verlauf, samt dem, was von Ihren anderen Computern kam, bleibt hier.</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (dieser Computer)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Sync is off: your history is on this computer only.</source>
        <translation>Die Synchronisation ist aus: Ihr Verlauf ist nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Last checked {time}.</source>
        <translation>Zuletzt geprüft: {time}.</translation>
    </message>
    <message>
        <source>The folder cannot be reached right now; the app keeps trying.</source>
        <translation>Der Ordner ist gerade nicht erreichbar; die App versucht es weiter.</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <source>Start the Last Routine</source>
        <translation>Letzte Routine starten</translation>
    </message>
    <message>
        <source>Start a Mat Session</source>
        <translation>Sitzung auf der Matte starten</translation>
    </message>
    <message>
        <source>Snooze 10 Minutes</source>
        <translation>In 10 Minuten erneut erinnern</translation>
    </message>
    <message>
        <source>Snooze 30 Minutes</source>
        <translation>In 30 Minuten erneut erinnern</translation>
    </message>
    <message>
        <source>Pause Reminders for Today</source>
        <translation>Erinnerungen für heute pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your desktop shows no system tray, so reminders appear inside the app while it is open (they cannot show while it is closed).</source>
        <translation>Ihre Arbeitsumgebung zeigt keinen Systemabschnitt der Kontrollleiste an, daher erscheinen Erinnerungen in der App, solange sie geöffnet ist (bei geschlossener App können sie nicht angezeigt werden).</translation>
    </message>
    <message>
        <source>A few minutes of acupressure? Today so far: {done} of {goal}.</source>
        <translation>Ein paar Minuten Akupressur? Heute bisher: {done} von {goal}.</translation>
    </message>
    <message>
        <source>Snooze or pause from the tray menu.</source>
        <translation>Später erinnern oder pausieren können Sie über das Menü im Systemabschnitt.</translation>
    </message>
    <message>
        <source>Time for a little practice</source>
        <translation>Zeit für eine kleine Übung</translation>
    </message>
</context>
<context>
    <name>ViewPicker</name>
    <message>
        <source>Body views</source>
        <translation>Körperansichten</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>{code} is shown for reference; the app offers no session on it.</source>
        <translation>{code} wird zur Information gezeigt; die App bietet keine Sitzung dafür an.</translation>
    </message>
    <message>
        <source>the routine {name}</source>
        <translation>die Routine {name}</translation>
    </message>
    <message>
        <source>None of this routine&apos;s points suit your safety answers.</source>
        <translation>Keiner der Punkte dieser Routine passt zu Ihren Sicherheitsangaben.</translation>
    </message>
    <message>
        <source>Left out because of your safety answers: {codes}</source>
        <translation>Wegen Ihrer Sicherheitsangaben ausgelassen: {codes}</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Es läuft bereits eine Sitzung.</translation>
    </message>
    <message>
        <source>Choose a point first, then walk along its channel.</source>
        <translation>Wählen Sie zuerst einen Punkt und gehen Sie dann seinen Meridian entlang.</translation>
    </message>
    <message>
        <source>{code} is on no channel.</source>
        <translation>{code} liegt auf keinem Meridian.</translation>
    </message>
    <message>
        <source>{code} is the last point of its channel.</source>
        <translation>{code} ist der letzte Punkt seines Meridians.</translation>
    </message>
    <message>
        <source>{code} is the first point of its channel.</source>
        <translation>{code} ist der erste Punkt seines Meridians.</translation>
    </message>
    <message>
        <source>{view} · left side</source>
        <translation>{view} · linke Seite</translation>
    </message>
    <message>
        <source>{view} · right side</source>
        <translation>{view} · rechte Seite</translation>
    </message>
</context>
</TS>
