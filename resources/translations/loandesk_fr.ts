<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Create the admin account</source>
        <translation>Créer le compte administrateur</translation>
    </message>
    <message>
        <source>&amp;Create admin account</source>
        <translation>&amp;Créer le compte administrateur</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>This database has no users yet, so anyone who can open it can change everything. Create its admin account: the admin then adds the staff and the director, each with their own password and role, and from then on LoanDesk opens on a sign-in.

Later keeps the database without users for now.</source>
        <translation>Cette base de données n&apos;a pas encore d&apos;utilisateurs : toute personne qui peut l&apos;ouvrir peut donc tout modifier. Créez son compte administrateur : l&apos;administrateur ajoute ensuite les agents de crédit et le directeur, chacun avec son propre mot de passe et son rôle, et LoanDesk s&apos;ouvre dès lors sur une connexion.

Plus tard garde la base de données sans utilisateurs pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>&amp;Do not ask again for this database</source>
        <translation>&amp;Ne plus demander pour cette base</translation>
    </message>
</context>
<context>
    <name>AgeingChart</name>
    <message>
        <source>Age of overdue debt by program</source>
        <translation>Ancienneté des impayés par programme</translation>
    </message>
    <message>
        <source>No overdue debt at %1</source>
        <translation>Aucun impayé au %1</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 jours</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 jours</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 jours</translation>
    </message>
    <message>
        <source>181–360 days</source>
        <translation>181–360 jours</translation>
    </message>
    <message>
        <source>over 360 days</source>
        <translation>plus de 360 jours</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–90</source>
        <translation>31–90</translation>
    </message>
    <message>
        <source>91–180</source>
        <translation>91–180</translation>
    </message>
    <message>
        <source>181–360</source>
        <translation>181–360</translation>
    </message>
    <message>
        <source>&gt; 360</source>
        <translation>&gt; 360</translation>
    </message>
    <message>
        <source>days past due</source>
        <translation>jours de retard</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>Commune registered</source>
        <translation>Nouvelle commune</translation>
    </message>
    <message>
        <source>Commune changed</source>
        <translation>Commune modifiée</translation>
    </message>
    <message>
        <source>Group registered</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Groupe modifié</translation>
    </message>
    <message>
        <source>Borrower registered</source>
        <translation>Nouvel emprunteur</translation>
    </message>
    <message>
        <source>Borrower changed</source>
        <translation>Emprunteur modifié</translation>
    </message>
    <message>
        <source>Borrower moved</source>
        <translation>Emprunteur transféré</translation>
    </message>
    <message>
        <source>Loan disbursed</source>
        <translation>Prêt décaissé</translation>
    </message>
    <message>
        <source>Loan changed</source>
        <translation>Prêt modifié</translation>
    </message>
    <message>
        <source>Repayment posted</source>
        <translation>Remboursement enregistré</translation>
    </message>
    <message>
        <source>Repayment reversed</source>
        <translation>Remboursement contre-passé</translation>
    </message>
    <message>
        <source>Savings entry posted</source>
        <translation>Mouvement d&apos;épargne enregistré</translation>
    </message>
    <message>
        <source>Savings entry reversed</source>
        <translation>Mouvement d&apos;épargne contre-passé</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>Mois clôturé</translation>
    </message>
    <message>
        <source>Month reopened</source>
        <translation>Mois rouvert</translation>
    </message>
    <message>
        <source>Data imported</source>
        <translation>Données importées</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>Repayment no. %1</source>
        <translation>Remboursement n° %1</translation>
    </message>
    <message>
        <source>Savings entry no. %1</source>
        <translation>Mouvement d&apos;épargne n° %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Prêt %1</translation>
    </message>
    <message>
        <source>Borrower %1</source>
        <translation>Emprunteur %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>Commune %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Reverses no.</source>
        <translation>Contre-passe le n°</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Chef de groupe</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Fondé le</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type d&apos;emprunteur</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>N° d&apos;identité</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Décaissé le</translation>
    </message>
    <message>
        <source>Matures on</source>
        <translation>Échéance finale</translation>
    </message>
    <message>
        <source>Rate (%/month)</source>
        <translation>Taux (%/mois)</translation>
    </message>
    <message>
        <source>Frozen from</source>
        <translation>Gelé à partir du</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet du prêt</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Outstanding at the end</source>
        <translation>Encours final</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Principal recouvré</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Intérêts perçus</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Emprunteurs</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Savings entries</source>
        <translation>Mouvements d&apos;épargne</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Local time %1 (UTC %2)</source>
        <translation>Heure locale %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Values before → after</source>
        <translation>Valeurs avant → après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Office settings changed</source>
        <translation>Paramètres de l&apos;agence modifiés</translation>
    </message>
    <message>
        <source>Marked as demonstration data</source>
        <translation>Marquée comme données de démonstration</translation>
    </message>
    <message>
        <source>The office&apos;s settings</source>
        <translation>Paramètres de l&apos;agence</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Contrôlé par</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>User locked after wrong passwords</source>
        <translation>Utilisateur verrouillé après des mots de passe erronés</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Utilisateur déverrouillé</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Base restaurée depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sauvegarde %1</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>sign in first: this database has users, and only a signed-in user may %1</source>
        <translation>connectez-vous d&apos;abord : cette base de données a des utilisateurs, et seul un utilisateur connecté peut %1</translation>
    </message>
    <message>
        <source>%1 is no longer a user of this database</source>
        <translation>%1 n&apos;est plus un utilisateur de cette base de données</translation>
    </message>
    <message>
        <source>not allowed for %1: %2</source>
        <translation>non autorisé pour %1 : %2</translation>
    </message>
    <message>
        <source>register a commune</source>
        <translation>créer une commune</translation>
    </message>
    <message>
        <source>change a commune</source>
        <translation>modifier une commune</translation>
    </message>
    <message>
        <source>register a group</source>
        <translation>créer un groupe</translation>
    </message>
    <message>
        <source>change a group</source>
        <translation>modifier un groupe</translation>
    </message>
    <message>
        <source>register a borrower</source>
        <translation>créer un emprunteur</translation>
    </message>
    <message>
        <source>change a borrower</source>
        <translation>modifier un emprunteur</translation>
    </message>
    <message>
        <source>move a borrower</source>
        <translation>transférer un emprunteur</translation>
    </message>
    <message>
        <source>disburse a loan</source>
        <translation>décaisser un prêt</translation>
    </message>
    <message>
        <source>change a loan</source>
        <translation>modifier un prêt</translation>
    </message>
    <message>
        <source>post a repayment</source>
        <translation>enregistrer un remboursement</translation>
    </message>
    <message>
        <source>post a savings entry</source>
        <translation>enregistrer un mouvement d&apos;épargne</translation>
    </message>
    <message>
        <source>reverse a repayment</source>
        <translation>contre-passer un remboursement</translation>
    </message>
    <message>
        <source>reverse a savings entry</source>
        <translation>contre-passer un mouvement d&apos;épargne</translation>
    </message>
    <message>
        <source>post a transaction day</source>
        <translation>enregistrer un jour de transaction</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>importer des données</translation>
    </message>
    <message>
        <source>close a month</source>
        <translation>clôturer un mois</translation>
    </message>
    <message>
        <source>reopen a month</source>
        <translation>rouvrir un mois</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>modifier les paramètres de l&apos;agence</translation>
    </message>
    <message>
        <source>mark the data as a demonstration</source>
        <translation>marquer les données comme données de démonstration</translation>
    </message>
    <message>
        <source>change the program catalogue</source>
        <translation>modifier le catalogue des programmes</translation>
    </message>
    <message>
        <source>manage the users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>director</source>
        <translation>directeur</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>agent de crédit</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>only %1 may %2; you are signed in as %3</source>
        <translation>seul le rôle %1 peut %2 ; vous êtes connecté en tant que %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier des sauvegardes %1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Paramètres de sauvegarde</translation>
    </message>
    <message>
        <source>When LoanDesk closes, it backs the database up once a day and keeps the latest backups.</source>
        <translation>À la fermeture de LoanDesk, la base de données est sauvegardée une fois par jour et les dernières sauvegardes sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Sauvegardes conservées :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Beside the database (NAME.backups)</source>
        <translation>À côté de la base de données (NOM.backups)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
</context>
<context>
    <name>BatchValidator</name>
    <message>
        <source>%1 is already in the database</source>
        <translation>%1 est déjà dans la base</translation>
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation>%1 apparaît de nouveau (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 apparaît deux fois</translation>
    </message>
    <message>
        <source>no. %1 is already in the database</source>
        <translation>le n° %1 est déjà dans la base</translation>
    </message>
    <message>
        <source>no. %1 appears again (first on line %2)</source>
        <translation>le n° %1 apparaît de nouveau (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>entry no. %1 is reversed already, by no. %2; an entry is reversed once only</source>
        <translation>l&apos;écriture n° %1 est déjà contre-passée, par le n° %2 ; une écriture n&apos;est contre-passée qu&apos;une fois</translation>
    </message>
    <message>
        <source>entry no. %1 is reversed again (first on line %2); an entry is reversed once only</source>
        <translation>l&apos;écriture n° %1 est de nouveau contre-passée (d&apos;abord à la ligne %2) ; une écriture n&apos;est contre-passée qu&apos;une fois</translation>
    </message>
    <message>
        <source>%1 falls in %2, a closed month: nothing dated on or before %3 can be posted or changed; post a reversal or a new entry dated in an open month instead</source>
        <translation>%1 tombe en %2, un mois clôturé : rien de daté du %3 ou avant ne peut être enregistré ni modifié ; enregistrez plutôt une contre-passation ou une nouvelle écriture datée d&apos;un mois ouvert</translation>
    </message>
    <message>
        <source>%1 already has an installment due on %2 in the database</source>
        <translation>%1 a déjà une échéance au %2 dans la base</translation>
    </message>
    <message>
        <source>%1 has another installment due on %2 (line %3)</source>
        <translation>%1 a une autre échéance au %2 (ligne %3)</translation>
    </message>
    <message>
        <source>%1 has another installment due on %2</source>
        <translation>%1 a une autre échéance au %2</translation>
    </message>
    <message>
        <source>give either group_code or commune_code, not both: a group move takes the group&apos;s commune</source>
        <translation>indiquez group_code ou commune_code, pas les deux : un transfert vers un groupe prend la commune du groupe</translation>
    </message>
    <message>
        <source>is only for a reversal; give reverses, or leave reason empty</source>
        <translation>ne sert qu&apos;à une contre-passation ; indiquez reverses, ou laissez reason vide</translation>
    </message>
    <message>
        <source>%1 is disbursed in a closed month (%2), so its schedule cannot be posted</source>
        <translation>%1 est décaissé dans un mois clôturé (%2) : son échéancier ne peut donc pas être enregistré</translation>
    </message>
</context>
<context>
    <name>BorrowerDialog</name>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Edit borrower %1</source>
        <translation>Modifier l&apos;emprunteur %1</translation>
    </message>
    <message>
        <source>New borrower</source>
        <translation>Nouvel emprunteur</translation>
    </message>
    <message>
        <source>A borrower&apos;s customer code never changes.</source>
        <translation>Le code client d&apos;un emprunteur ne change jamais.</translation>
    </message>
    <message>
        <source>The next free customer code is proposed; you may type another.</source>
        <translation>Le prochain code client libre est proposé ; vous pouvez en saisir un autre.</translation>
    </message>
    <message>
        <source>Citizen ID: 12 digits (old ID card: 9)</source>
        <translation>Numéro d&apos;identité : 12 chiffres (ancienne carte : 9)</translation>
    </message>
    <message>
        <source>Customer &amp;code:</source>
        <translation>&amp;Code client :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>N° d&apos;&amp;identité :</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village :</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: a change of group or commune is a move from a date. Use Move borrower… instead.</source>
        <translation>%1 a des prêts, de l&apos;épargne ou des transferts : un changement de groupe ou de commune est un transfert à partir d&apos;une date. Utilisez plutôt Transférer l&apos;emprunteur….</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: the kind of borrower cannot change.</source>
        <translation>%1 a des prêts, de l&apos;épargne ou des transferts : le type d&apos;emprunteur ne peut pas changer.</translation>
    </message>
    <message>
        <source>(no group: direct lending)</source>
        <translation>(hors groupe : prêts directs)</translation>
    </message>
    <message>
        <source>An organisation is never in a group.</source>
        <translation>Une organisation n&apos;est jamais dans un groupe.</translation>
    </message>
    <message>
        <source>Tax code: 10 digits, or 10 digits, - and 3 more</source>
        <translation>Numéro fiscal : 10 chiffres, ou 10 chiffres, - et 3 de plus</translation>
    </message>
    <message>
        <source>Choose the borrower&apos;s commune.</source>
        <translation>Choisissez la commune de l&apos;emprunteur.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reads the borrower again as it is stored now; what you typed is dropped.</source>
        <translation>Relit l&apos;emprunteur tel qu&apos;il est enregistré maintenant ; ce que vous avez saisi est abandonné.</translation>
    </message>
</context>
<context>
    <name>BorrowerLedgerView</name>
    <message>
        <source>Loans — select one to see its installments and repayments</source>
        <translation>Prêts — choisissez-en un pour voir ses échéances et ses remboursements</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>state of an installment</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of an installment</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>state of an installment</comment>
        <translation>Gelée</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <comment>state of an installment</comment>
        <translation>Non payée</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Décaissé le</translation>
    </message>
    <message>
        <source>Matures on</source>
        <translation>Échéance finale</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Installments
overdue</source>
        <translation>Échéances
en retard</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deposit (+) or withdrawal (−)</source>
        <translation>Dépôt (+) ou retrait (−)</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Borrower ledger</source>
        <translation>Fiche de l&apos;emprunteur</translation>
    </message>
    <message>
        <source>Loading the ledger…</source>
        <translation>Chargement de la fiche…</translation>
    </message>
    <message>
        <source>Choose a borrower on the Borrowers page.</source>
        <translation>Choisissez un emprunteur dans la page Emprunteurs.</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>La fiche n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Customer code %1</source>
        <translation>Code client %1</translation>
    </message>
    <message>
        <source>Tax code %1</source>
        <translation>Numéro fiscal %1</translation>
    </message>
    <message>
        <source>ID number %1</source>
        <translation>N° d&apos;identité %1</translation>
    </message>
    <message>
        <source>Group %1 (%2)</source>
        <translation>Groupe %1 (%2)</translation>
    </message>
    <message>
        <source>At the end of %1: outstanding &lt;b&gt;%2&lt;/b&gt;, overdue &lt;b&gt;%3&lt;/b&gt;, frozen &lt;b&gt;%4&lt;/b&gt;, savings &lt;b&gt;%5&lt;/b&gt; (%6)</source>
        <translation>Au %1 : encours &lt;b&gt;%2&lt;/b&gt;, impayés &lt;b&gt;%3&lt;/b&gt;, gelé &lt;b&gt;%4&lt;/b&gt;, épargne &lt;b&gt;%5&lt;/b&gt; (%6)</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>state of a loan</comment>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>state of a loan</comment>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of a loan</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Repaid</source>
        <comment>state of a loan</comment>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Épargne (%1)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échue le</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>Principal dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Non payée</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Outstanding after</source>
        <translation>Encours après</translation>
    </message>
    <message>
        <source>Installments of %1 (%2)</source>
        <translation>Échéances de %1 (%2)</translation>
    </message>
    <message>
        <source>Repayments of %1 (%2)</source>
        <translation>Remboursements de %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;History of this borrower</source>
        <translation>&amp;Historique de cet emprunteur</translation>
    </message>
    <message>
        <source>Every change recorded for this borrower, their loans and entries: who made it, when and why</source>
        <translation>Toutes les modifications enregistrées pour cet emprunteur, ses prêts et ses écritures : qui les a faites, quand et pourquoi</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Rattachements</translation>
    </message>
    <message>
        <source>Reversal of no. %1</source>
        <translation>Contre-passation du n° %1</translation>
    </message>
    <message>
        <source>Reversal of no. %1: %2</source>
        <translation>Contre-passation du n° %1 : %2</translation>
    </message>
    <message>
        <source>Reversed by no. %1 on %2</source>
        <translation>Contre-passé par le n° %1 le %2</translation>
    </message>
    <message>
        <source>Reversed by no. %1 on %2: %3</source>
        <translation>Contre-passé par le n° %1 le %2 : %3</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>entry number</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>at registration</source>
        <translation>à l&apos;inscription</translation>
    </message>
    <message>
        <source>in no group</source>
        <translation>hors groupe</translation>
    </message>
    <message>
        <source>Moved on %1</source>
        <translation>Transféré le %1</translation>
    </message>
    <message>
        <source>Memberships (%1)</source>
        <translation>Rattachements (%1)</translation>
    </message>
    <message>
        <source>New &amp;loan…</source>
        <translation>Nouveau &amp;prêt…</translation>
    </message>
    <message>
        <source>Disburse a new loan to this borrower</source>
        <translation>Décaisser un nouveau prêt à cet emprunteur</translation>
    </message>
    <message>
        <source>New &amp;repayment…</source>
        <translation>Nouveau &amp;remboursement…</translation>
    </message>
    <message>
        <source>Post a repayment of the selected loan</source>
        <translation>Enregistrer un remboursement du prêt sélectionné</translation>
    </message>
    <message>
        <source>New &amp;savings entry…</source>
        <translation>Nouveau &amp;mouvement d&apos;épargne…</translation>
    </message>
    <message>
        <source>Post a savings deposit or withdrawal of this borrower</source>
        <translation>Enregistrer un dépôt ou un retrait d&apos;épargne de cet emprunteur</translation>
    </message>
    <message>
        <source>Re&amp;verse entry…</source>
        <translation>&amp;Contre-passer une écriture…</translation>
    </message>
    <message>
        <source>Reverse the repayment or savings entry selected, giving a reason</source>
        <translation>Contre-passer le remboursement ou le mouvement d&apos;épargne sélectionné, en donnant un motif</translation>
    </message>
    <message>
        <source>Select a savings entry first.</source>
        <translation>Sélectionnez d&apos;abord un mouvement d&apos;épargne.</translation>
    </message>
    <message>
        <source>Select a repayment first.</source>
        <translation>Sélectionnez d&apos;abord un remboursement.</translation>
    </message>
    <message>
        <source>No. %1 is itself a reversal: it cannot be reversed. Post the right entry again instead.</source>
        <translation>Le n° %1 est lui-même une contre-passation : il ne peut pas être contre-passé. Enregistrez plutôt à nouveau l&apos;écriture correcte.</translation>
    </message>
    <message>
        <source>No. %1 is reversed already (by no. %2).</source>
        <translation>Le n° %1 est déjà contre-passé (par le n° %2).</translation>
    </message>
    <message>
        <source>This window cannot change the portfolio.</source>
        <translation>Cette fenêtre ne peut pas modifier le portefeuille.</translation>
    </message>
    <message>
        <source>Savings belong to households in a savings-and-loan group.</source>
        <translation>L&apos;épargne est réservée aux ménages membres d&apos;un groupe d&apos;épargne et de crédit.</translation>
    </message>
    <message>
        <source>Select a repayment or a savings entry on their tab first.</source>
        <translation>Sélectionnez d&apos;abord un remboursement ou un mouvement d&apos;épargne dans son onglet.</translation>
    </message>
    <message>
        <source>&amp;Correct loan…</source>
        <translation>Corri&amp;ger le prêt…</translation>
    </message>
    <message>
        <source>Correct the selected loan where it touches no closed month</source>
        <translation>Corriger le prêt sélectionné là où il ne touche aucun mois clôturé</translation>
    </message>
</context>
<context>
    <name>BorrowerListModel</name>
    <message>
        <source>Direct lending</source>
        <translation>Prêts directs</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Loans with a balance</source>
        <translation>Prêts avec encours</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Overdue ratio</source>
        <translation>Taux d&apos;impayés</translation>
    </message>
    <message>
        <source>(%)</source>
        <translation>(%)</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Principal recouvré</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Intérêts perçus</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
</context>
<context>
    <name>BorrowersView</name>
    <message>
        <source>Double-click a borrower to open the ledger: loans, installments, repayments and savings.</source>
        <translation>Double-cliquez sur un emprunteur pour ouvrir sa fiche : prêts, échéances, remboursements et épargne.</translation>
    </message>
    <message>
        <source>Borrowers at the end of %1</source>
        <translation>Emprunteurs au %1</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Emprunteurs</translation>
    </message>
    <message>
        <source>Loading the borrowers…</source>
        <translation>Chargement des emprunteurs…</translation>
    </message>
    <message>
        <source>The borrowers could not be read: %1</source>
        <translation>Les emprunteurs n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 of %2 borrowers shown</source>
        <translation>%1 emprunteurs affichés sur %2</translation>
    </message>
    <message>
        <source>&amp;New borrower…</source>
        <translation>&amp;Nouvel emprunteur…</translation>
    </message>
    <message>
        <source>&amp;Edit borrower…</source>
        <translation>&amp;Modifier l&apos;emprunteur…</translation>
    </message>
    <message>
        <source>&amp;Move borrower…</source>
        <translation>&amp;Transférer l&apos;emprunteur…</translation>
    </message>
    <message>
        <source>Move the borrower to another group or commune from a date</source>
        <translation>Transférer l&apos;emprunteur vers un autre groupe ou une autre commune à partir d&apos;une date</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Remove this restriction and show every row</source>
        <translation>Retirer cette restriction et afficher toutes les lignes</translation>
    </message>
    <message>
        <source>Only with overdue debt</source>
        <translation>Seulement avec impayés</translation>
    </message>
    <message>
        <source>Search by name or code…</source>
        <translation>Rechercher par nom ou code…</translation>
    </message>
    <message>
        <source>Outstanding by program and organisation</source>
        <translation>Encours par programme et organisation</translation>
    </message>
    <message>
        <source>Double-click a row or click a bar to open what is behind it.</source>
        <translation>Double-cliquez sur une ligne ou cliquez sur une barre pour voir le détail.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Communes and wards</source>
        <translation>Communes et quartiers</translation>
    </message>
    <message>
        <source>Entrusted organisations</source>
        <translation>Organisations mandataires</translation>
    </message>
    <message>
        <source>Savings-and-loan groups</source>
        <translation>Groupes d&apos;épargne et de crédit</translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toute l&apos;agence</translation>
    </message>
    <message>
        <source>No overdue debt at %1</source>
        <translation>Aucun impayé au %1</translation>
    </message>
    <message>
        <source>Outstanding by program</source>
        <translation>Encours par programme</translation>
    </message>
    <message>
        <source>No outstanding</source>
        <translation>Aucun encours</translation>
    </message>
    <message>
        <source>Overdue debt by commune (ratio)</source>
        <translation>Impayés par commune (taux)</translation>
    </message>
    <message>
        <source>Outstanding by commune</source>
        <translation>Encours par commune</translation>
    </message>
    <message>
        <source>Groups with the most overdue debt, worst 10 of %1 (ratio)</source>
        <translation>Groupes aux impayés les plus élevés : 10 sur %1 (taux)</translation>
    </message>
    <message>
        <source>Groups with overdue debt (ratio)</source>
        <translation>Groupes avec impayés (taux)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Enregistrer en PNG</translation>
    </message>
    <message>
        <source>Save the chart as PDF</source>
        <translation>Enregistrer le graphique en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>Imprimer le graphique</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Unit: %1</source>
        <translation>Unité : %1</translation>
    </message>
</context>
<context>
    <name>CloseMonthDialog</name>
    <message>
        <source>Disbursed in the month</source>
        <translation>Décaissé dans le mois</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Principal recouvré dans le mois</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Intérêts perçus dans le mois</translation>
    </message>
    <message>
        <source>Borrowers with a balance</source>
        <translation>Emprunteurs avec encours</translation>
    </message>
    <message>
        <source>Loans with a balance</source>
        <translation>Prêts avec encours</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Clôturer le mois %1</translation>
    </message>
    <message>
        <source>&amp;Close %1</source>
        <translation>&amp;Clôturer le mois %1</translation>
    </message>
    <message>
        <source>Close the month %1?</source>
        <translation>Clôturer le mois %1 ?</translation>
    </message>
    <message>
        <source>The month&apos;s totals for the whole office:</source>
        <translation>Les totaux du mois pour toute l&apos;agence :</translation>
    </message>
    <message>
        <source>Outstanding at %1</source>
        <translation>Encours au %1</translation>
    </message>
    <message>
        <source>Overdue at %1</source>
        <translation>Impayés au %1</translation>
    </message>
    <message>
        <source>Frozen at %1</source>
        <translation>Créances gelées au %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Once %1 is closed, nothing dated on or before %2 can be posted, reversed or changed&lt;/b&gt;: no repayment, savings entry, reversal, move, new loan or change to a loan. A mistake found later is corrected by a reversal dated in an open month. The portfolio is checked first, which can take a moment.</source>
        <translation>&lt;b&gt;Une fois le mois %1 clôturé, rien de daté du %2 ou avant ne peut être enregistré, contre-passé ni modifié&lt;/b&gt; : aucun remboursement, mouvement d&apos;épargne, contre-passation, transfert, nouveau prêt ni modification d&apos;un prêt. Une erreur découverte plus tard se corrige par une contre-passation datée d&apos;un mois ouvert. Le portefeuille est d&apos;abord vérifié, ce qui peut prendre un moment.</translation>
    </message>
</context>
<context>
    <name>CollectionSheetBuilder</name>
    <message>
        <source>choose the day of the transaction</source>
        <translation>choisissez le jour de la transaction</translation>
    </message>
    <message>
        <source>there is no commune %1</source>
        <translation>il n&apos;y a pas de commune %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>unknown option --%1 for %2 (see loandesk-cli --help)</source>
        <translation>option --%1 inconnue pour %2 (voir loandesk-cli --help)</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 demande une valeur</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation>--%1 est donnée deux fois</translation>
    </message>
    <message>
        <source>unexpected argument %1 for %2 (see loandesk-cli --help)</source>
        <translation>argument %1 inattendu pour %2 (voir loandesk-cli --help)</translation>
    </message>
    <message>
        <source>no command given
</source>
        <translation>aucune commande donnée
</translation>
    </message>
    <message>
        <source>unknown command %1 (see loandesk-cli --help)</source>
        <translation>commande %1 inconnue (voir loandesk-cli --help)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>--demo-seed takes a whole number and --demo-scale a percentage from 1 to 100000</source>
        <translation>--demo-seed prend un nombre entier et --demo-scale un pourcentage de 1 à 100000</translation>
    </message>
    <message>
        <source>created %1 with the Duy Tien demonstration portfolio in %2 s</source>
        <translation>création de %1 avec le portefeuille de démonstration de Duy Tien en %2 s</translation>
    </message>
    <message>
        <source>created %1 (schema version %2)</source>
        <translation>création de %1 (version du schéma %2)</translation>
    </message>
    <message>
        <source>import needs --db FILE and a folder</source>
        <translation>import demande --db FICHIER et un dossier</translation>
    </message>
    <message>
        <source>export needs --db FILE and --out DIR</source>
        <translation>export demande --db FICHIER et --out DOSSIER</translation>
    </message>
    <message>
        <source>summary needs --db FILE and --month YYYY-MM</source>
        <translation>summary demande --db FICHIER et --month AAAA-MM</translation>
    </message>
    <message>
        <source>%1 is not a month; write YYYY-MM, e.g. 2023-08</source>
        <translation>%1 n&apos;est pas un mois ; écrivez AAAA-MM, par exemple 2023-08</translation>
    </message>
    <message>
        <source>--by takes program, commune, organization or group</source>
        <translation>--by prend program, commune, organization ou group</translation>
    </message>
    <message>
        <source>--format takes csv, json, pdf or xlsx</source>
        <translation>--format prend csv, json, pdf ou xlsx</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE</source>
        <translation>--format %1 demande --out FICHIER</translation>
    </message>
    <message>
        <source>--%1 is for --format pdf and xlsx only</source>
        <translation>--%1 ne sert qu’avec --format pdf et xlsx</translation>
    </message>
    <message>
        <source>--language takes vi, en or fr</source>
        <translation>--language prend vi, en ou fr</translation>
    </message>
    <message>
        <source>--unit takes dong, thousand, million or billion</source>
        <translation>--unit prend dong, thousand, million ou billion</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD, e.g. 2023-09-05</source>
        <translation>%1 n&apos;est pas une date ; écrivez AAAA-MM-JJ, par exemple 2023-09-05</translation>
    </message>
    <message>
        <source>--format pdf is not available in this build</source>
        <translation>--format pdf n&apos;est pas disponible dans cette version</translation>
    </message>
    <message>
        <source>ageing needs --db FILE and --as-of YYYY-MM-DD</source>
        <translation>ageing demande --db FICHIER et --as-of AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD, e.g. 2023-08-31</source>
        <translation>%1 n&apos;est pas une date ; écrivez AAAA-MM-JJ, par exemple 2023-08-31</translation>
    </message>
    <message>
        <source>check needs --db FILE</source>
        <translation>check demande --db FICHIER</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérifié : %1</translation>
    </message>
    <message>
        <source>  violation: %1</source>
        <translation>  violation : %1</translation>
    </message>
    <message>
        <source>no violations</source>
        <translation>aucune violation</translation>
    </message>
    <message>
        <source>backup needs --db FILE and --out FILE</source>
        <translation>backup demande --db FICHIER et --out FICHIER</translation>
    </message>
    <message>
        <source>wrote a consistent copy of %1 to %2</source>
        <translation>copie cohérente de %1 écrite dans %2</translation>
    </message>
    <message>
        <source>nothing was imported; problems found: %1</source>
        <translation>rien n’a été importé ; problèmes trouvés : %1</translation>
    </message>
    <message>
        <source>check found violations: %1</source>
        <translation>la vérification a trouvé des violations : %1</translation>
    </message>
    <message>
        <source>imported %1 communes, %2 groups, %3 borrowers, %8 moves, %4 loans, %5 installments, %6 repayments, %7 savings entries</source>
        <translation>importé %1 communes, %2 groupes, %3 emprunteurs, %8 transferts, %4 prêts, %5 échéances, %6 remboursements, %7 mouvements d&apos;épargne</translation>
    </message>
    <message>
        <source>%1 needs --month YYYY-MM</source>
        <translation>%1 demande --month AAAA-MM</translation>
    </message>
    <message>
        <source>months needs --db FILE</source>
        <translation>months demande --db FICHIER</translation>
    </message>
    <message>
        <source>close needs --db FILE and --month YYYY-MM</source>
        <translation>close demande --db FICHIER et --month AAAA-MM</translation>
    </message>
    <message>
        <source>closed %1: nothing dated on or before %2 can change any more</source>
        <translation>%1 clôturé : plus rien de daté du %2 ou avant ne peut changer</translation>
    </message>
    <message>
        <source>reopen needs --db FILE, --month YYYY-MM and --reason TEXT</source>
        <translation>reopen demande --db FICHIER, --month AAAA-MM et --reason MOTIF</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>%1 rouvert</translation>
    </message>
    <message>
        <source>cannot write to the standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>impossible d&apos;écrire %1 : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sauvegarde %1</translation>
    </message>
    <message>
        <source>  written %1</source>
        <translation>  écrite le %1</translation>
    </message>
    <message>
        <source>  schema version %1</source>
        <translation>  version du schéma %1</translation>
    </message>
    <message>
        <source>  no month with data</source>
        <translation>  aucun mois avec données</translation>
    </message>
    <message>
        <source>  months with data: %1 to %2 (%3), closed through %4</source>
        <translation>  mois avec données : de %1 à %2 (%3), clôturés jusqu&apos;à %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>  outstanding at the end of %1: %2</source>
        <translation>  encours à la fin de %1 : %2</translation>
    </message>
    <message>
        <source>  checked: %1</source>
        <translation>  vérifiée : %1</translation>
    </message>
    <message>
        <source>  check: no violations</source>
        <translation>  vérification : aucune violation</translation>
    </message>
    <message>
        <source>  check: %1 violations</source>
        <translation>  vérification : %1 violations</translation>
    </message>
    <message>
        <source>restore needs --db FILE and --from BACKUP</source>
        <translation>restore demande --db FICHIER et --from SAUVEGARDE</translation>
    </message>
    <message>
        <source>the backup does not pass the check: a restore would refuse it</source>
        <translation>la sauvegarde ne passe pas la vérification : une restauration la refuserait</translation>
    </message>
    <message>
        <source>the database as it was is kept in %1</source>
        <translation>la base de données telle qu&apos;elle était est conservée dans %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restauration de %1 à partir de %2</translation>
    </message>
    <message>
        <source>%1 has no users yet: %2 needs no --user (add the first user, an admin, with loandesk-cli user add)</source>
        <translation>%1 n&apos;a pas encore d&apos;utilisateurs : %2 ne demande pas --user (ajoutez le premier utilisateur, un administrateur, avec loandesk-cli user add)</translation>
    </message>
    <message>
        <source>%1 has users: %2 needs --user NAME, with the password on standard input</source>
        <translation>%1 a des utilisateurs : %2 demande --user NOM, avec le mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>no password for %1 on standard input</source>
        <translation>aucun mot de passe pour %1 sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>user needs list, add, passwd, role or unlock, and --db FILE (see loandesk-cli --help)</source>
        <translation>user demande list, add, passwd, role ou unlock, et --db FICHIER (voir loandesk-cli --help)</translation>
    </message>
    <message>
        <source>user %1 needs --name NAME</source>
        <translation>user %1 demande --name NOM</translation>
    </message>
    <message>
        <source>user %1 needs --role director, staff or admin</source>
        <translation>user %1 demande --role director, staff ou admin</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>verrouillé jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 has no users yet: add the first one, an admin, with user add</source>
        <translation>%1 n&apos;a pas encore d&apos;utilisateurs : ajoutez le premier, un administrateur, avec user add</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>no new password for %1 on standard input</source>
        <translation>aucun nouveau mot de passe pour %1 sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>ajout de %1 (%2)</translation>
    </message>
    <message>
        <source>changed the password of %1</source>
        <translation>mot de passe de %1 modifié</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation>déverrouillage de %1</translation>
    </message>
    <message>
        <source>init needs --db FILE, or --demo with --csv DIR</source>
        <translation>init demande --db FICHIER, ou --demo avec --csv DOSSIER</translation>
    </message>
    <message>
        <source>%1 is a folder that is not empty; init never overwrites a file</source>
        <translation>%1 est un dossier qui n’est pas vide ; init n’écrase jamais un fichier</translation>
    </message>
    <message>
        <source>wrote the Duy Tien demonstration portfolio into %1 in %2 s</source>
        <translation>portefeuille de démonstration de Duy Tien écrit dans %1 en %2 s</translation>
    </message>
</context>
<context>
    <name>CommuneDialog</name>
    <message>
        <source>Rename commune %1</source>
        <translation>Renommer la commune %1</translation>
    </message>
    <message>
        <source>New commune</source>
        <translation>Nouvelle commune</translation>
    </message>
    <message>
        <source>GSO code, e.g. 13324</source>
        <translation>Code GSO, p. ex. 13324</translation>
    </message>
    <message>
        <source>e.g. Phường Hòa Mạc</source>
        <translation>p. ex. Phường Hòa Mạc</translation>
    </message>
    <message>
        <source>A commune&apos;s code never changes.</source>
        <translation>Le code d&apos;une commune ne change jamais.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reads the commune again as it is stored now; what you typed is dropped.</source>
        <translation>Relit la commune telle qu&apos;elle est enregistrée maintenant ; ce que vous avez saisi est abandonné.</translation>
    </message>
    <message>
        <source>There is no commune %1.</source>
        <translation>Il n&apos;y a pas de commune %1.</translation>
    </message>
</context>
<context>
    <name>CrossTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>texte inattendu après le guillemet fermant du champ %1</translation>
    </message>
    <message>
        <source>a quote inside field %1 that is not enclosed in quotes</source>
        <translation>un guillemet dans le champ %1 qui n&apos;est pas entre guillemets</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>the record is larger than %1 KB; no record of a data file needs that much, so it is not read</source>
        <translation>l&apos;enregistrement dépasse %1 Ko ; aucun enregistrement d&apos;un fichier de données n&apos;en demande autant, il n&apos;est donc pas lu</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>the file is empty; its first line must name the columns</source>
        <translation>le fichier est vide ; sa première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>la colonne %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>colonne inconnue</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>la colonne apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>colonne obligatoire manquante</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l’en-tête en a %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Portfolio at the end of %1</source>
        <translation>Portefeuille au %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toute l&apos;agence</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Disbursed in the month</source>
        <translation>Décaissé dans le mois</translation>
    </message>
    <message>
        <source>Principal collected in the month</source>
        <translation>Principal recouvré dans le mois</translation>
    </message>
    <message>
        <source>Interest collected in the month</source>
        <translation>Intérêts perçus dans le mois</translation>
    </message>
    <message>
        <source>Borrowers with a balance</source>
        <translation>Emprunteurs avec encours</translation>
    </message>
    <message>
        <source>Overdue debt</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Frozen debt</source>
        <translation>Créances gelées</translation>
    </message>
    <message>
        <source>Overdue + frozen</source>
        <translation>Impayés + créances gelées</translation>
    </message>
    <message>
        <source>Communes with overdue debt</source>
        <translation>Communes avec impayés</translation>
    </message>
    <message>
        <source>Groups with overdue debt</source>
        <translation>Groupes avec impayés</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 loans with a balance</source>
        <translation>%1 prêts avec encours</translation>
    </message>
    <message>
        <source>%1 of outstanding</source>
        <translation>%1 de l&apos;encours</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>with any overdue debt</source>
        <translation>ayant des impayés</translation>
    </message>
    <message>
        <source>Outstanding by program</source>
        <translation>Encours par programme</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Overdue debt by program</source>
        <translation>Impayés par programme</translation>
    </message>
    <message>
        <source>Overdue debt by commune</source>
        <translation>Impayés par commune</translation>
    </message>
    <message>
        <source>No overdue debt at %1</source>
        <translation>Aucun impayé au %1</translation>
    </message>
    <message>
        <source>%1 borrowers with a balance</source>
        <translation>%1 emprunteurs avec encours</translation>
    </message>
    <message>
        <source>No outstanding at %1</source>
        <translation>Aucun encours au %1</translation>
    </message>
    <message>
        <source>Overdue: %1 %2</source>
        <translation>Impayés : %1 %2</translation>
    </message>
    <message>
        <source>Overdue ratio: %1</source>
        <translation>Taux d&apos;impayés : %1</translation>
    </message>
    <message>
        <source>Overdue debt by program (ratio)</source>
        <translation>Impayés par programme (taux)</translation>
    </message>
    <message>
        <source>Overdue debt by commune, worst %1 of %2 (ratio)</source>
        <translation>Impayés par commune : les %1 plus élevés sur %2 (taux)</translation>
    </message>
    <message>
        <source>Overdue debt by commune (ratio)</source>
        <translation>Impayés par commune (taux)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>tableau-de-bord</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Enregistrer le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save dashboard as PDF</source>
        <translation>Enregistrer le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>Imprimer le tableau de bord</translation>
    </message>
    <message>
        <source>Print dashboard</source>
        <translation>Imprimer le tableau de bord</translation>
    </message>
</context>
<context>
    <name>DataSetWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: the disk took only part of it</source>
        <translation>impossible d&apos;écrire %1 : le disque n&apos;en a reçu qu&apos;une partie</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 existe déjà ; une sauvegarde n’écrase jamais un fichier</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>writing the backup %1</source>
        <translation>écriture de la sauvegarde %1</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation>%1 a échoué dans %2 : %3</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt SQL is not installed (package libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite de Qt SQL n&apos;est pas installé (paquet libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file</source>
        <translation>%1 existe déjà ; init n’écrase jamais un fichier</translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation>marquage du fichier</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>aucune base à %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is not a LoanDesk database (%2)</source>
        <translation>%1 n&apos;est pas une base LoanDesk (%2)</translation>
    </message>
    <message>
        <source>%1 is not a LoanDesk database</source>
        <translation>%1 n&apos;est pas une base LoanDesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer LoanDesk (schema version %2; this program knows up to %3); it was left unchanged</source>
        <translation>%1 a été écrit par un LoanDesk plus récent (schéma version %2 ; ce programme connaît jusqu’à %3) ; il est resté inchangé</translation>
    </message>
    <message>
        <source>creating the schema (%1)</source>
        <translation>création du schéma (%1)</translation>
    </message>
    <message>
        <source>the reference data %1 is missing from the program</source>
        <translation>les données de référence %1 manquent au programme</translation>
    </message>
    <message>
        <source>the reference data %1 is damaged: %2</source>
        <translation>les données de référence %1 sont endommagées : %2</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>chargement de %1</translation>
    </message>
    <message>
        <source>the reference data %1 is damaged at line %2</source>
        <translation>les données de référence %1 sont endommagées à la ligne %2</translation>
    </message>
    <message>
        <source>loading %1 line %2</source>
        <translation>chargement de %1 ligne %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>enregistrement de la version du schéma %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>début d&apos;une transaction</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>aucune transaction à valider</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>reading the borrowers</source>
        <translation>lecture des emprunteurs</translation>
    </message>
    <message>
        <source>listing borrowers</source>
        <translation>liste des emprunteurs</translation>
    </message>
    <message>
        <source>looking up borrowers</source>
        <translation>recherche des emprunteurs</translation>
    </message>
    <message>
        <source>looking up identity numbers</source>
        <translation>recherche des numéros d&apos;identité</translation>
    </message>
    <message>
        <source>saving a borrower</source>
        <translation>enregistrement d&apos;un emprunteur</translation>
    </message>
    <message>
        <source>reading the communes</source>
        <translation>lecture des communes</translation>
    </message>
    <message>
        <source>looking up communes</source>
        <translation>recherche des communes</translation>
    </message>
    <message>
        <source>saving a commune</source>
        <translation>enregistrement d&apos;une commune</translation>
    </message>
    <message>
        <source>updating the month totals</source>
        <translation>mise à jour des totaux mensuels</translation>
    </message>
    <message>
        <source>reading the month totals</source>
        <translation>lecture des totaux mensuels</translation>
    </message>
    <message>
        <source>looking up a group</source>
        <translation>recherche d&apos;un groupe</translation>
    </message>
    <message>
        <source>no group %1 to update the savings of</source>
        <translation>aucun groupe %1 dont mettre à jour l&apos;épargne</translation>
    </message>
    <message>
        <source>updating the savings of a group</source>
        <translation>mise à jour de l&apos;épargne d&apos;un groupe</translation>
    </message>
    <message>
        <source>reading the savings of a group</source>
        <translation>lecture de l&apos;épargne d&apos;un groupe</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>lecture des groupes</translation>
    </message>
    <message>
        <source>looking up groups</source>
        <translation>recherche des groupes</translation>
    </message>
    <message>
        <source>saving a group</source>
        <translation>enregistrement d&apos;un groupe</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>vérification du fichier</translation>
    </message>
    <message>
        <source>checking the references</source>
        <translation>vérification des références</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de %2 renvoie à une ligne manquante de %3</translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation>lecture du type de fichier</translation>
    </message>
    <message>
        <source>looking up loans</source>
        <translation>recherche des prêts</translation>
    </message>
    <message>
        <source>reading schedules</source>
        <translation>lecture des échéanciers</translation>
    </message>
    <message>
        <source>listing the loans</source>
        <translation>liste des prêts</translation>
    </message>
    <message>
        <source>listing the loans of borrowers</source>
        <translation>liste des prêts des emprunteurs</translation>
    </message>
    <message>
        <source>reading the loans</source>
        <translation>lecture des prêts</translation>
    </message>
    <message>
        <source>reading the schedules</source>
        <translation>lecture des échéanciers</translation>
    </message>
    <message>
        <source>reading loans</source>
        <translation>lecture des prêts</translation>
    </message>
    <message>
        <source>reading repayments</source>
        <translation>lecture des remboursements</translation>
    </message>
    <message>
        <source>saving a loan</source>
        <translation>enregistrement d&apos;un prêt</translation>
    </message>
    <message>
        <source>saving a schedule</source>
        <translation>enregistrement d&apos;un échéancier</translation>
    </message>
    <message>
        <source>reading the organisations</source>
        <translation>lecture des organisations</translation>
    </message>
    <message>
        <source>reading the programs</source>
        <translation>lecture des programmes</translation>
    </message>
    <message>
        <source>reading the program terms</source>
        <translation>lecture des conditions des programmes</translation>
    </message>
    <message>
        <source>reading the repayments</source>
        <translation>lecture des remboursements</translation>
    </message>
    <message>
        <source>saving a repayment</source>
        <translation>enregistrement d&apos;un remboursement</translation>
    </message>
    <message>
        <source>listing the communes</source>
        <translation>liste des communes</translation>
    </message>
    <message>
        <source>listing the groups</source>
        <translation>liste des groupes</translation>
    </message>
    <message>
        <source>reading the figures of %1</source>
        <translation>lecture des chiffres de %1</translation>
    </message>
    <message>
        <source>reading savings balances of %1</source>
        <translation>lecture des soldes d&apos;épargne de %1</translation>
    </message>
    <message>
        <source>listing the loans of %1</source>
        <translation>liste des prêts de %1</translation>
    </message>
    <message>
        <source>reading the month totals from %1 to %2</source>
        <translation>lecture des totaux mensuels de %1 à %2</translation>
    </message>
    <message>
        <source>reading the program catalogue</source>
        <translation>lecture du catalogue des programmes</translation>
    </message>
    <message>
        <source>reading savings</source>
        <translation>lecture de l&apos;épargne</translation>
    </message>
    <message>
        <source>reading savings balances</source>
        <translation>lecture des soldes d&apos;épargne</translation>
    </message>
    <message>
        <source>reading the savings</source>
        <translation>lecture de l&apos;épargne</translation>
    </message>
    <message>
        <source>saving a savings entry</source>
        <translation>enregistrement d&apos;un mouvement d&apos;épargne</translation>
    </message>
    <message>
        <source>recording the days with data</source>
        <translation>enregistrement des jours avec données</translation>
    </message>
    <message>
        <source>finding the months with data</source>
        <translation>recherche des mois avec données</translation>
    </message>
    <message>
        <source>counting the records of each day</source>
        <translation>comptage des enregistrements de chaque jour</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>écriture de l&apos;historique des modifications</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture de l&apos;historique des modifications</translation>
    </message>
    <message>
        <source>looking up the members of groups</source>
        <translation>recherche des membres des groupes</translation>
    </message>
    <message>
        <source>looking up the history of a borrower</source>
        <translation>recherche de l&apos;historique d&apos;un emprunteur</translation>
    </message>
    <message>
        <source>reading the closed months</source>
        <translation>lecture des mois clôturés</translation>
    </message>
    <message>
        <source>closing a month</source>
        <translation>clôture d&apos;un mois</translation>
    </message>
    <message>
        <source>reopening a month</source>
        <translation>réouverture d&apos;un mois</translation>
    </message>
    <message>
        <source>looking up a borrower</source>
        <translation>recherche d&apos;un emprunteur</translation>
    </message>
    <message>
        <source>reading the moves of a borrower</source>
        <translation>lecture des transferts d&apos;un emprunteur</translation>
    </message>
    <message>
        <source>no borrower #%1 to total the figures under</source>
        <translation>aucun emprunteur n° %1 sous lequel totaliser les chiffres</translation>
    </message>
    <message>
        <source>reading the moves</source>
        <translation>lecture des transferts</translation>
    </message>
    <message>
        <source>looking up the members of a group</source>
        <translation>recherche des membres d&apos;un groupe</translation>
    </message>
    <message>
        <source>reading the moves of borrowers</source>
        <translation>lecture des transferts des emprunteurs</translation>
    </message>
    <message>
        <source>saving a move</source>
        <translation>enregistrement d&apos;un transfert</translation>
    </message>
    <message>
        <source>looking up repayments</source>
        <translation>recherche des remboursements</translation>
    </message>
    <message>
        <source>looking up reversals</source>
        <translation>recherche des contre-passations</translation>
    </message>
    <message>
        <source>looking up savings entries</source>
        <translation>recherche des mouvements d&apos;épargne</translation>
    </message>
    <message>
        <source>numbering entries</source>
        <translation>numérotation des écritures</translation>
    </message>
    <message>
        <source>reading the office&apos;s settings</source>
        <translation>lecture des paramètres de l&apos;agence</translation>
    </message>
    <message>
        <source>saving the office&apos;s settings</source>
        <translation>enregistrement des paramètres de l&apos;agence</translation>
    </message>
    <message>
        <source>reading the data version</source>
        <translation>lecture de la version des données</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program (waited %2 seconds)</source>
        <translation>%1 : la base de données est verrouillée par un autre programme (attente de %2 secondes)</translation>
    </message>
    <message>
        <source>a backup needs a SQLite database</source>
        <translation>une sauvegarde demande une base de données SQLite</translation>
    </message>
    <message>
        <source>a backup cannot replace the database it copies</source>
        <translation>une sauvegarde ne peut pas remplacer la base de données qu&apos;elle copie</translation>
    </message>
    <message>
        <source>no file at %1</source>
        <translation>aucun fichier à %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>a restore needs SQLite databases</source>
        <translation>une restauration demande des bases de données SQLite</translation>
    </message>
    <message>
        <source>a restore cannot run inside another change</source>
        <translation>une restauration ne peut pas s&apos;exécuter au sein d&apos;une autre modification</translation>
    </message>
    <message>
        <source>replacing the content of %1</source>
        <translation>remplacement du contenu de %1</translation>
    </message>
    <message>
        <source>%1: waited too long for another program to finish writing to %2 (it kept the database locked for more than %3 seconds); nothing was written, try again when it has finished</source>
        <translation>%1 : attente trop longue qu&apos;un autre programme finisse d&apos;écrire dans %2 (il a gardé la base de données verrouillée plus de %3 secondes) ; rien n&apos;a été écrit, réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>%1: %2 can only be read (the file or its folder cannot be written); nothing was written</source>
        <translation>%1 : %2 est en lecture seule (le fichier ou son dossier n&apos;est pas accessible en écriture) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: the disk holding %2 is full; nothing was written, free some space and try again</source>
        <translation>%1 : le disque contenant %2 est plein ; rien n&apos;a été écrit, libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>%1: the disk failed while reading or writing %2 (%3); nothing was written</source>
        <translation>%1 : erreur du disque lors de la lecture ou de l&apos;écriture de %2 (%3) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1 : %2 est endommagé (%3)</translation>
    </message>
    <message>
        <source>%1: %2 cannot be opened (%3)</source>
        <translation>%1 : %2 ne peut pas être ouvert (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a LoanDesk database (%3)</source>
        <translation>%1 : %2 n&apos;est pas une base LoanDesk (%3)</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder cannot be written here); nothing was written</source>
        <translation>%1 est ouvert en lecture seule (le fichier ou son dossier n&apos;est pas accessible en écriture ici) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1 is damaged: its pages fail SQLite&apos;s quick check (%2); it was left unchanged. Open the latest backup instead</source>
        <translation>%1 est endommagé : ses pages échouent à la vérification rapide de SQLite (%2) ; il est resté inchangé. Ouvrez plutôt la dernière sauvegarde</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>every user of this computer can read %1: make it private to its owner (chmod 600)</source>
        <translation>tous les utilisateurs de cet ordinateur peuvent lire %1 : réservez-le à son propriétaire (chmod 600)</translation>
    </message>
    <message>
        <source>the users of the group %1 can read %2: make it private to its owner (chmod 600) unless they should</source>
        <translation>les utilisateurs du groupe %1 peuvent lire %2 : réservez-le à son propriétaire (chmod 600), sauf s&apos;ils doivent y avoir accès</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); it was left unchanged</source>
        <translation>%1 est endommagé et ne peut pas être lu (%2) ; il est resté inchangé</translation>
    </message>
    <message>
        <source>%1 was written by an older LoanDesk and must be brought up to date, but it can only be read here (the file or its folder cannot be written); it was left unchanged</source>
        <translation>%1 a été écrit par un LoanDesk plus ancien et doit être mis à jour, mais il est en lecture seule ici (le fichier ou son dossier n&apos;est pas accessible en écriture) ; il est resté inchangé</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>lecture des utilisateurs</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>lecture d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>ajout d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>modification d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>modification d&apos;un rôle</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>enregistrement d&apos;une connexion</translation>
    </message>
    <message>
        <source>listing the borrowers of loans</source>
        <translation>liste des emprunteurs des prêts</translation>
    </message>
    <message>
        <source>listing the borrowers</source>
        <translation>liste des emprunteurs</translation>
    </message>
    <message>
        <source>updating the figures of a loan</source>
        <translation>mise à jour des chiffres d&apos;un prêt</translation>
    </message>
    <message>
        <source>reading the figures of the loans</source>
        <translation>lecture des chiffres des prêts</translation>
    </message>
    <message>
        <source>reading the version of the kept figures</source>
        <translation>lecture de la version des chiffres conservés</translation>
    </message>
    <message>
        <source>recording the version of the kept figures</source>
        <translation>enregistrement de la version des chiffres conservés</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <source>LoanDesk cannot open this database</source>
        <translation>LoanDesk ne peut pas ouvrir cette base</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Ouvrir une autre base…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>Garder la base actuelle</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a LoanDesk database.</source>
        <translation>%1 n&apos;est pas une base LoanDesk.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of LoanDesk.</source>
        <translation>%1 a été créé par une version plus récente de LoanDesk.</translation>
    </message>
    <message>
        <source>%1 is in use by another program.</source>
        <translation>%1 est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>A new database cannot be created at %1.</source>
        <translation>Une nouvelle base ne peut pas être créée à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used.</source>
        <translation>%1 est endommagé et ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted, or it is on a drive that is not connected. Open another database, or create a new one.</source>
        <translation>Il a peut-être été déplacé, renommé ou supprimé, ou il se trouve sur un lecteur qui n&apos;est pas connecté. Ouvrez une autre base, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This computer&apos;s account is not allowed to read it, or it is not a file. Ask whoever looks after the computer to give you access, or open another database.</source>
        <translation>Le compte de cet ordinateur n&apos;a pas le droit de le lire, ou ce n&apos;est pas un fichier. Demandez à la personne qui s&apos;occupe de l&apos;ordinateur de vous en donner l&apos;accès, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <source>It is another kind of file, or a database of another program. LoanDesk has not changed it. Open a LoanDesk database (usually a .loandesk file), or create a new one.</source>
        <translation>C&apos;est un autre type de fichier, ou la base d&apos;un autre programme. LoanDesk ne l&apos;a pas modifié. Ouvrez une base LoanDesk (en général un fichier .loandesk), ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This version of LoanDesk cannot read it, and has not changed it. Install the newer LoanDesk on this computer, or open another database.</source>
        <translation>Cette version de LoanDesk ne peut pas le lire, et ne l&apos;a pas modifié. Installez la version plus récente de LoanDesk sur cet ordinateur, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <source>Another program is writing to it. Wait until it has finished and try again, or open another database.</source>
        <translation>Un autre programme est en train d&apos;y écrire. Attendez qu&apos;il ait terminé et réessayez, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <source>A new database is never written over an existing file. Choose another name for the new database, or open the existing file.</source>
        <translation>Une nouvelle base n&apos;écrase jamais un fichier existant. Choisissez un autre nom pour la nouvelle base, ou ouvrez le fichier existant.</translation>
    </message>
    <message>
        <source>The folder may be read-only or the disk full. Choose another folder, such as your Documents folder.</source>
        <translation>Le dossier est peut-être en lecture seule ou le disque plein. Choisissez un autre dossier, comme votre dossier Documents.</translation>
    </message>
    <message>
        <source>The file looks like a LoanDesk database, but it could not be opened; it may have been damaged by a failing disk or an interrupted copy. Open your latest backup (made with File → Backup…), or create a new database and import the portfolio again.</source>
        <translation>Le fichier ressemble à une base LoanDesk, mais il n&apos;a pas pu être ouvert ; il a peut-être été endommagé par un disque défaillant ou une copie interrompue. Ouvrez votre dernière sauvegarde (faite avec Fichier → Sauvegarder…), ou créez une nouvelle base et importez à nouveau le portefeuille.</translation>
    </message>
    <message>
        <source>%1 can only be read here, and it must first be brought up to date.</source>
        <translation>%1 est ici en lecture seule, et doit d&apos;abord être mis à jour.</translation>
    </message>
    <message>
        <source>It was made by an older LoanDesk. Opening it once where it can be written brings it up to date; LoanDesk has not changed it. Ask whoever looks after the computer for write access, or open another database.</source>
        <translation>Il a été créé par une version plus ancienne de LoanDesk. L&apos;ouvrir une fois là où il peut être écrit le met à jour ; LoanDesk ne l&apos;a pas modifié. Demandez à la personne qui s&apos;occupe de l&apos;ordinateur un accès en écriture, ou ouvrez une autre base de données.</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>New &amp;commune…</source>
        <translation>Nouvelle &amp;commune…</translation>
    </message>
    <message>
        <source>Registers a commune (xã, phường) with its GSO code</source>
        <translation>Enregistre une commune (xã, phường) avec son code GSO</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Groupes…</translation>
    </message>
    <message>
        <source>The register of savings-and-loan groups: find, register and edit a group</source>
        <translation>Le registre des groupes d&apos;épargne et de crédit : rechercher, enregistrer et modifier un groupe</translation>
    </message>
    <message>
        <source>New &amp;borrower…</source>
        <translation>Nouvel &amp;emprunteur…</translation>
    </message>
    <message>
        <source>Registers a household or an organisation</source>
        <translation>Enregistre un ménage ou une organisation</translation>
    </message>
    <message>
        <source>New &amp;loan…</source>
        <translation>Nouveau &amp;prêt…</translation>
    </message>
    <message>
        <source>Disburses a loan with its repayment schedule</source>
        <translation>Décaisse un prêt avec son échéancier</translation>
    </message>
    <message>
        <source>&amp;Repayment…</source>
        <translation>Nouveau &amp;remboursement…</translation>
    </message>
    <message>
        <source>Posts a repayment of principal and interest on one loan</source>
        <translation>Enregistre un remboursement de principal et d&apos;intérêts sur un prêt</translation>
    </message>
    <message>
        <source>Commune &amp;transaction day…</source>
        <translation>Jour de &amp;transaction à la commune…</translation>
    </message>
    <message>
        <source>The grid of a commune&apos;s groups and members for the monthly transaction day, and its collection list to print</source>
        <translation>La grille des groupes et des membres d&apos;une commune pour le jour de transaction mensuel, et sa liste de recouvrement à imprimer</translation>
    </message>
</context>
<context>
    <name>FigureUpdater</name>
    <message>
        <source>the figures of loan %1 in %2 would change, and %2 is closed; post a reversal dated in an open month instead</source>
        <translation>les chiffres du prêt %1 en %2 changeraient, et %2 est clôturé ; enregistrez plutôt une contre-passation datée d&apos;un mois ouvert</translation>
    </message>
    <message>
        <source>the savings of group %1 at the end of %2 would change, and %2 is closed; post a reversal dated in an open month instead</source>
        <translation>l&apos;épargne du groupe %1 à la fin de %2 changerait, et %2 est clôturé ; enregistrez plutôt une contre-passation datée d&apos;un mois ouvert</translation>
    </message>
    <message>
        <source>the figures of borrower %1 were taken out and not put back</source>
        <translation>les chiffres de l&apos;emprunteur %1 ont été retirés sans être remis</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>LoanDesk databases (*.loandesk *.sqlite *.db);;All files (*)</source>
        <translation>Bases LoanDesk (*.loandesk *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a LoanDesk database</source>
        <translation>Ouvrir une base LoanDesk</translation>
    </message>
    <message>
        <source>New LoanDesk database</source>
        <translation>Nouvelle base LoanDesk</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>Importer un dossier de fichiers CSV</translation>
    </message>
    <message>
        <source>Export the portfolio into a folder</source>
        <translation>Exporter le portefeuille dans un dossier</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group %1</source>
        <translation>Modifier le groupe %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>e.g. T0012</source>
        <translation>p. ex. T0012</translation>
    </message>
    <message>
        <source>e.g. Tổ HPN thôn 3</source>
        <translation>p. ex. Tổ HPN thôn 3</translation>
    </message>
    <message>
        <source>A group&apos;s code never changes.</source>
        <translation>Le code d&apos;un groupe ne change jamais.</translation>
    </message>
    <message>
        <source>This group has had members, whose figures are counted under its commune and organisation: they cannot change. Register a new group and move the members to it instead.</source>
        <translation>Ce groupe a eu des membres, dont les chiffres sont comptés sous sa commune et son organisation : elles ne peuvent pas changer. Créez plutôt un nouveau groupe et transférez-y les membres.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village :</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>C&amp;hef de groupe :</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>&amp;Fondé le :</translation>
    </message>
    <message>
        <source>Choose the group&apos;s commune.</source>
        <translation>Choisissez la commune du groupe.</translation>
    </message>
    <message>
        <source>Choose the organisation that runs the group.</source>
        <translation>Choisissez l&apos;organisation qui gère le groupe.</translation>
    </message>
    <message>
        <source>New comm&amp;une…</source>
        <translation>Nouvelle comm&amp;une…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reads the group again as it is stored now; what you typed is dropped.</source>
        <translation>Relit le groupe tel qu&apos;il est enregistré maintenant ; ce que vous avez saisi est abandonné.</translation>
    </message>
</context>
<context>
    <name>GroupRegisterDialog</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>GroupRegisterModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Chef de groupe</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Fondé le</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Membres aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>GroupRegisterView</name>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Modifier le groupe…</translation>
    </message>
    <message>
        <source>Search by name, code, commune, village or leader…</source>
        <translation>Rechercher par nom, code, commune, village ou chef de groupe…</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Les groupes n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 of %2 groups shown</source>
        <translation>%1 groupes affichés sur %2</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Remove this restriction and show the changes of every record</source>
        <translation>Retirer cette restriction et afficher les modifications de tous les enregistrements</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Only changes made on or after this day (local time)</source>
        <translation>Seulement les modifications faites ce jour-là ou après (heure locale)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Only changes made on or before this day (local time)</source>
        <translation>Seulement les modifications faites ce jour-là ou avant (heure locale)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <source>Only the changes made by this user</source>
        <translation>Seulement les modifications faites par cet utilisateur</translation>
    </message>
    <message>
        <source>Record: loan, entry no., borrower, month…</source>
        <translation>Enregistrement : prêt, n° d&apos;écriture, emprunteur, mois…</translation>
    </message>
    <message>
        <source>Part of a record&apos;s key (a loan number, an entry number, a borrower&apos;s code, a month as 2023-08) or its kind (loan, repayment, savings, month, import)</source>
        <translation>Une partie de la clé d&apos;un enregistrement (un numéro de prêt, un numéro d&apos;écriture, un code client, un mois écrit 2023-08) ou son type, en anglais : loan (prêt), repayment (remboursement), savings (épargne), month (mois), import</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Newest first   ·   times are the local time of the computer that made the change</source>
        <translation>Les plus récentes d&apos;abord   ·   heures locales de l&apos;ordinateur qui a fait la modification</translation>
    </message>
    <message>
        <source>Double-click a change of a borrower&apos;s records to open the ledger.</source>
        <translation>Double-cliquez sur une modification concernant un emprunteur pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <source>Borrower %1</source>
        <translation>Emprunteur %1</translation>
    </message>
    <message>
        <source>Borrower %1 · %2</source>
        <translation>Emprunteur %1 · %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No change recorded matches the filter</source>
        <translation>Aucune modification enregistrée ne correspond au filtre</translation>
    </message>
    <message>
        <source>The newest %1 changes shown: narrow the filter to see older ones</source>
        <translation>Les %1 modifications les plus récentes sont affichées : restreignez le filtre pour voir les plus anciennes</translation>
    </message>
    <message>
        <source>Changes shown: %1</source>
        <translation>Modifications affichées : %1</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>The import was refused</source>
        <translation>L&apos;import a été refusé</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was written: the database is as it was.&lt;/b&gt;&lt;br&gt;The folder %1 has %n problem(s). Correct them in the files (each line says FILE:LINE: column: what is wrong) and import the folder again.</source>
        <translation>
            <numerusform>&lt;b&gt;Rien n&apos;a été écrit : la base est restée telle quelle.&lt;/b&gt;&lt;br&gt;Le dossier %1 a %n problème. Corrigez-le dans le fichier (chaque ligne indique FICHIER:LIGNE: colonne: ce qui ne va pas) et importez à nouveau le dossier.</numerusform>
            <numerusform>&lt;b&gt;Rien n&apos;a été écrit : la base est restée telle quelle.&lt;/b&gt;&lt;br&gt;Le dossier %1 a %n problèmes. Corrigez-les dans les fichiers (chaque ligne indique FICHIER:LIGNE: colonne: ce qui ne va pas) et importez à nouveau le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>the import stopped unexpectedly</source>
        <translation>l&apos;import s&apos;est arrêté de façon inattendue</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1 n&apos;est pas une vraie date (écrivez AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>%1 is negative; it must be 0 or more</source>
        <translation>%1 est négatif ; il doit être 0 ou plus</translation>
    </message>
    <message>
        <source>%1 is not an amount: write whole đồng with digits only, e.g. 25000000</source>
        <translation>%1 n&apos;est pas un montant : écrivez des đồng entiers avec des chiffres seulement, par exemple 25000000</translation>
    </message>
    <message>
        <source>%1 is not a monthly rate: write a decimal such as 0.55 (at most 4 decimals)</source>
        <translation>%1 n&apos;est pas un taux mensuel : écrivez un décimal comme 0.55 (4 décimales au plus)</translation>
    </message>
    <message>
        <source>%1 is not a kind of borrower: write household or organization</source>
        <translation>%1 n&apos;est pas un type d&apos;emprunteur : écrivez household ou organization</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>is not a LoanDesk data file; the files are %1</source>
        <translation>n&apos;est pas un fichier de données LoanDesk ; les fichiers sont %1</translation>
    </message>
    <message>
        <source>%1 is not an entry number: write a whole number from 1 up</source>
        <translation>%1 n&apos;est pas un numéro d&apos;écriture : écrivez un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation>annulé : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot write the temporary file %1: %2</source>
        <translation>impossible d’écrire le fichier temporaire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file of the import</source>
        <translation>impossible d’écrire un fichier temporaire de l’import</translation>
    </message>
    <message>
        <source>cannot read the temporary file %1: %2</source>
        <translation>impossible de lire le fichier temporaire %1 : %2</translation>
    </message>
    <message>
        <source>the temporary file %1 is damaged</source>
        <translation>le fichier temporaire %1 est endommagé</translation>
    </message>
</context>
<context>
    <name>ListPageView</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Remove this restriction and show every row</source>
        <translation>Retirer cette restriction et afficher toutes les lignes</translation>
    </message>
    <message>
        <source>Only with overdue debt</source>
        <translation>Seulement avec impayés</translation>
    </message>
    <message>
        <source>Search by name, code or number…</source>
        <translation>Rechercher par nom, code ou numéro…</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toute l&apos;agence</translation>
    </message>
</context>
<context>
    <name>LoanAdvice</name>
    <message>
        <source>there is no loan %1</source>
        <translation>il n&apos;y a pas de prêt %1</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>&amp;Borrower:</source>
        <translation>&amp;Emprunteur :</translation>
    </message>
    <message>
        <source>Loan &amp;number:</source>
        <translation>&amp;Numéro du prêt :</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;Amount (đồng):</source>
        <translation>&amp;Montant (đồng) :</translation>
    </message>
    <message>
        <source>&amp;Disbursed on:</source>
        <translation>&amp;Décaissé le :</translation>
    </message>
    <message>
        <source>&amp;Term (months):</source>
        <translation>Du&amp;rée (mois) :</translation>
    </message>
    <message>
        <source>&amp;Matures on:</source>
        <translation>Éc&amp;héance finale :</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Objet du prêt :</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>É&amp;chéancier :</translation>
    </message>
    <message>
        <source>New loan</source>
        <translation>Nouveau prêt</translation>
    </message>
    <message>
        <source>Type part of a name, customer code or ID number</source>
        <translation>Saisissez une partie du nom, du code client ou du n° d&apos;identité</translation>
    </message>
    <message>
        <source>The next free number is proposed; you may change it</source>
        <translation>Le prochain numéro libre est proposé ; vous pouvez le changer</translation>
    </message>
    <message>
        <source>The maturity date follows the term; a date typed there sets the term</source>
        <translation>L&apos;échéance finale suit la durée ; une date saisie là fixe la durée</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>Tous les 3 mois</translation>
    </message>
    <message>
        <source>Every 6 months</source>
        <translation>Tous les 6 mois</translation>
    </message>
    <message>
        <source>Every 12 months</source>
        <translation>Tous les 12 mois</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>&amp;Fill the schedule</source>
        <translation>Remp&amp;lir l&apos;échéancier</translation>
    </message>
    <message>
        <source>Equal installments rounded to the đồng, the remainder on the last one, the last one due on the maturity date</source>
        <translation>Échéances égales arrondies au đồng, le reste sur la dernière, la dernière échue à l&apos;échéance finale</translation>
    </message>
    <message>
        <source>Add installment</source>
        <translation>Ajouter une échéance</translation>
    </message>
    <message>
        <source>Remove installment</source>
        <translation>Supprimer l&apos;échéance</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échue le</translation>
    </message>
    <message>
        <source>Principal (đồng)</source>
        <translation>Principal (đồng)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Borrower: %1 (%2, ID number %3)</source>
        <translation>Emprunteur : %1 (%2, n° d&apos;identité %3)</translation>
    </message>
    <message>
        <source>No borrower chosen yet.</source>
        <translation>Aucun emprunteur choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No borrower matches what you typed.</source>
        <translation>Aucun emprunteur ne correspond à la saisie.</translation>
    </message>
    <message numerus="yes">
        <source>%n borrower(s) match: choose one from the list.</source>
        <translation>
            <numerusform>%n emprunteur correspond : choisissez-le dans la liste.</numerusform>
            <numerusform>%n emprunteurs correspondent : choisissez-en un dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>This program has no terms in force on %1: no loan can be disbursed then.</source>
        <translation>Ce programme n&apos;a pas de conditions en vigueur le %1 : aucun prêt ne peut être décaissé à cette date.</translation>
    </message>
    <message>
        <source>Terms in force on %1 (from %2): rate %3 % a month, at most %4 đồng, at most %5 months.</source>
        <translation>Conditions en vigueur le %1 (depuis le %2) : taux %3 % par mois, au plus %4 đồng, au plus %5 mois.</translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s), total %1 đồng; difference from the amount: %2 đồng</source>
        <translation>
            <numerusform>%n échéance, total %1 đồng ; écart avec le montant : %2 đồng</numerusform>
            <numerusform>%n échéances, total %1 đồng ; écart avec le montant : %2 đồng</numerusform>
        </translation>
    </message>
    <message>
        <source>Without installments the whole amount is due on the maturity date</source>
        <translation>Sans échéances, tout le montant est dû à l&apos;échéance finale</translation>
    </message>
    <message>
        <source>Cannot save yet: the installments add up to %1 đồng, not to the amount %2 đồng.</source>
        <translation>Enregistrement impossible pour l&apos;instant : les échéances totalisent %1 đồng, et non le montant de %2 đồng.</translation>
    </message>
    <message>
        <source>This household already owes %1 đồng in this program on %2 (%3).</source>
        <translation>Ce ménage doit déjà %1 đồng dans ce programme au %2 (%3).</translation>
    </message>
    <message>
        <source>With this loan the household would owe %1 đồng in all, more than %2 đồng (now %3 đồng in %4).</source>
        <translation>Avec ce prêt, le ménage devrait %1 đồng en tout, plus que %2 đồng (actuellement %3 đồng dans %4).</translation>
    </message>
    <message>
        <source>Please check before saving:</source>
        <translation>Veuillez vérifier avant d&apos;enregistrer :</translation>
    </message>
    <message>
        <source>Choose the borrower: type part of the name, code or ID number and pick one from the list.</source>
        <translation>Choisissez l&apos;emprunteur : saisissez une partie du nom, du code ou du n° d&apos;identité et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Give the loan a number.</source>
        <translation>Donnez un numéro au prêt.</translation>
    </message>
    <message>
        <source>Type the amount disbursed.</source>
        <translation>Saisissez le montant décaissé.</translation>
    </message>
    <message>
        <source>The installments add up to %1 đồng, not to the amount %2 đồng: change an installment by %3 đồng or fill the schedule again.</source>
        <translation>Les échéances totalisent %1 đồng, et non le montant de %2 đồng : modifiez une échéance de %3 đồng ou remplissez à nouveau l&apos;échéancier.</translation>
    </message>
    <message>
        <source>There is no loan %1.</source>
        <translation>Il n&apos;y a pas de prêt %1.</translation>
    </message>
    <message>
        <source>Correct loan %1</source>
        <translation>Corriger le prêt %1</translation>
    </message>
    <message>
        <source>A loan&apos;s number never changes.</source>
        <translation>Le numéro d&apos;un prêt ne change jamais.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Reads the loan again as it is stored now; what you typed is dropped.</source>
        <translation>Relit le prêt tel qu&apos;il est enregistré maintenant ; ce que vous avez saisi est abandonné.</translation>
    </message>
</context>
<context>
    <name>LoanListModel</name>
    <message>
        <source>Frozen</source>
        <comment>state of a loan</comment>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of a loan</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Repaid</source>
        <comment>state of a loan</comment>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>state of a loan</comment>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Direct lending</source>
        <translation>Prêts directs</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Décaissé le</translation>
    </message>
    <message>
        <source>Matures on</source>
        <translation>Échéance finale</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Principal recouvré</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Intérêts perçus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <source>Double-click a loan to open its borrower&apos;s ledger.</source>
        <translation>Double-cliquez sur un prêt pour ouvrir la fiche de l&apos;emprunteur.</translation>
    </message>
    <message>
        <source>Loans at the end of %1</source>
        <translation>Prêts au %1</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Loading the loans…</source>
        <translation>Chargement des prêts…</translation>
    </message>
    <message>
        <source>The loans could not be read: %1</source>
        <translation>Les prêts n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 of %2 loans shown (with a balance at the month end or a movement in the month)</source>
        <translation>%1 prêts affichés sur %2 (avec encours en fin de mois ou un mouvement dans le mois)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LoanDesk</source>
        <translation>LoanDesk</translation>
    </message>
    <message>
        <source>Pages of LoanDesk</source>
        <translation>Pages de LoanDesk</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>The month whose figures are shown (at its last day)</source>
        <translation>Le mois affiché (chiffres à son dernier jour)</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Show only the loans of borrowers in this commune, on every page</source>
        <translation>Afficher seulement les prêts des emprunteurs de cette commune, sur chaque page</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Show only the loans of groups managed by this organisation (or direct lending), on every page</source>
        <translation>Afficher seulement les prêts des groupes de cette organisation (ou les prêts directs), sur chaque page</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>The unit of every amount in tiles, tables and charts</source>
        <translation>L’unité de tous les montants des indicateurs, tableaux et graphiques</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Reload the figures</source>
        <translation>&amp;Recharger les chiffres</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About LoanDesk</source>
        <translation>&amp;À propos de LoanDesk</translation>
    </message>
    <message>
        <source>About LoanDesk</source>
        <translation>À propos de LoanDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;LoanDesk %1&lt;/b&gt;&lt;p&gt;The loan-portfolio dashboard of a district transaction office of the Vietnam Bank for Social Policies.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LoanDesk %1&lt;/b&gt;&lt;p&gt;Le tableau de bord du portefeuille de prêts d&apos;une agence de district de la Banque vietnamienne pour les politiques sociales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
    <message>
        <source>thousand đồng</source>
        <translation>milliers de đồng</translation>
    </message>
    <message>
        <source>million đồng</source>
        <translation>millions de đồng</translation>
    </message>
    <message>
        <source>billion đồng</source>
        <translation>milliards de đồng</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Emprunteurs</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>LoanDesk — %1</source>
        <translation>LoanDesk — %1</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The window&apos;s filter excludes this restriction</source>
        <translation>Le filtre de la fenêtre exclut cette restriction</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>Commune: %1</source>
        <translation>Commune : %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>Borrowers in no group (direct lending)</source>
        <translation>Emprunteurs hors groupe (prêts directs)</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>Database: %1   ·   figures at the end of %2</source>
        <translation>Base : %1   ·   chiffres au %2</translation>
    </message>
    <message>
        <source>Mo&amp;nth</source>
        <translation>Mo&amp;is</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Clôturer le mois…</translation>
    </message>
    <message>
        <source>&amp;Reopen the month…</source>
        <translation>&amp;Rouvrir le mois…</translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>Mois %1 clôturé</translation>
    </message>
    <message>
        <source>The figures of a closed month are final.</source>
        <translation>Les chiffres d&apos;un mois clôturé sont définitifs.</translation>
    </message>
    <message>
        <source>%1 is open: provisional figures</source>
        <translation>Mois %1 ouvert : chiffres provisoires</translation>
    </message>
    <message>
        <source>The month is not closed: its figures can still change (Month menu to close it).</source>
        <translation>Le mois n&apos;est pas clôturé : ses chiffres peuvent encore changer (menu Mois pour le clôturer).</translation>
    </message>
    <message>
        <source>Months closed up to %1</source>
        <translation>Mois clôturés jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>No month is closed yet</source>
        <translation>Aucun mois n&apos;est encore clôturé</translation>
    </message>
    <message>
        <source>&amp;Close %1…</source>
        <translation>&amp;Clôturer le mois %1…</translation>
    </message>
    <message>
        <source>&amp;Close the next month…</source>
        <translation>&amp;Clôturer le mois suivant…</translation>
    </message>
    <message>
        <source>There is no data yet, so no month to close.</source>
        <translation>Il n&apos;y a pas encore de données, donc aucun mois à clôturer.</translation>
    </message>
    <message>
        <source>Every month with data is closed, up to %1.</source>
        <translation>Tous les mois avec données sont clôturés, jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>%1 is not over yet: it can be closed from %2.</source>
        <translation>Le mois %1 n&apos;est pas encore terminé : il pourra être clôturé à partir du %2.</translation>
    </message>
    <message>
        <source>Checks the portfolio, then closes %1: afterwards nothing dated on or before %2 can be posted, reversed or changed.</source>
        <translation>Vérifie le portefeuille puis clôture le mois %1 : ensuite, rien de daté du %2 ou avant ne peut être enregistré, contre-passé ni modifié.</translation>
    </message>
    <message>
        <source>&amp;Reopen the latest closed month…</source>
        <translation>&amp;Rouvrir le dernier mois clôturé…</translation>
    </message>
    <message>
        <source>No month is closed.</source>
        <translation>Aucun mois n&apos;est clôturé.</translation>
    </message>
    <message>
        <source>&amp;Reopen %1…</source>
        <translation>&amp;Rouvrir le mois %1…</translation>
    </message>
    <message>
        <source>Reopens %1, the latest closed month, giving a reason: its figures become provisional again.</source>
        <translation>Rouvre le mois %1, le dernier mois clôturé, en donnant un motif : ses chiffres redeviennent provisoires.</translation>
    </message>
    <message>
        <source>Reading the totals of %1…</source>
        <translation>Lecture des totaux de %1…</translation>
    </message>
    <message>
        <source>%1 was not closed</source>
        <translation>Le mois %1 n&apos;a pas été clôturé</translation>
    </message>
    <message>
        <source>Closing %1: checking the portfolio…</source>
        <translation>Clôture du mois %1 : vérification du portefeuille…</translation>
    </message>
    <message>
        <source>Reopening %1…</source>
        <translation>Réouverture du mois %1…</translation>
    </message>
    <message>
        <source>%1 was not reopened</source>
        <translation>Le mois %1 n&apos;a pas été rouvert</translation>
    </message>
    <message>
        <source>Print dashboard…</source>
        <translation>Imprimer le &amp;tableau de bord…</translation>
    </message>
    <message>
        <source>Save dashboard as PDF…</source>
        <translation>Enregistrer le tableau de bord en &amp;PDF…</translation>
    </message>
    <message>
        <source>LoanDesk — %1 — DEMONSTRATION DATA</source>
        <extracomment>The window title of a database holding the demonstration portfolio.</extracomment>
        <translation>LoanDesk — %1 — DONNÉES DE DÉMONSTRATION</translation>
    </message>
    <message>
        <source>DEMONSTRATION DATA — not real figures. This database was made by LoanDesk to show how it works; its reports must not be used or sent.</source>
        <extracomment>The bar over every page of a database holding the demonstration portfolio: Vietnamese &quot;DỮ LIỆU MẪU — không phải số liệu thật&quot;.</extracomment>
        <translation>DONNÉES DE DÉMONSTRATION — pas des chiffres réels. Cette base a été créée par LoanDesk pour montrer son fonctionnement ; ses rapports ne doivent être ni utilisés ni envoyés.</translation>
    </message>
    <message>
        <source>The database holds no loans yet: import a portfolio with File → Import CSV folder…, or enter it with the Entry menu.</source>
        <translation>La base ne contient encore aucun prêt : importez un portefeuille avec Fichier → Importer un dossier CSV…, ou saisissez-le avec le menu Saisie.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Creates an empty LoanDesk database and shows it</source>
        <translation>Crée une base LoanDesk vide et l&apos;affiche</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Opens another LoanDesk database</source>
        <translation>Ouvre une autre base LoanDesk</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Import CSV folder…</source>
        <translation>&amp;Importer un dossier CSV…</translation>
    </message>
    <message>
        <source>Adds the portfolio of a folder of CSV files to this database; nothing is written unless every row is right</source>
        <translation>Ajoute à cette base le portefeuille d&apos;un dossier de fichiers CSV ; rien n&apos;est écrit tant qu&apos;une ligne est incorrecte</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Writes the whole portfolio as CSV files into a folder</source>
        <translation>Écrit tout le portefeuille en fichiers CSV dans un dossier</translation>
    </message>
    <message>
        <source>Writes a complete copy of this database to another file</source>
        <translation>Écrit une copie complète de cette base dans un autre fichier</translation>
    </message>
    <message>
        <source>No recent database</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import CSV folder</source>
        <translation>Importer un dossier CSV</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>Annulation : rien ne sera écrit…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>The folder %1 was imported.</source>
        <translation>Le dossier %1 a été importé.</translation>
    </message>
    <message>
        <source>Added: %1 communes, %2 groups, %3 borrowers, %4 moves, %5 loans with %6 installments, %7 repayments and %8 savings entries.</source>
        <translation>Ajouté : %1 communes, %2 groupes, %3 emprunteurs, %4 transferts, %5 prêts avec %6 échéances, %7 remboursements et %8 mouvements d&apos;épargne.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L&apos;import a échoué</translation>
    </message>
    <message>
        <source>The folder %1 could not be imported: nothing was written.</source>
        <translation>Le dossier %1 n&apos;a pas pu être importé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>The portfolio was exported to %1</source>
        <translation>Le portefeuille a été exporté dans %1</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base qu&apos;elle copie.</translation>
    </message>
    <message>
        <source>same file</source>
        <translation>même fichier</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>The database was backed up to %1</source>
        <translation>La base a été sauvegardée dans %1</translation>
    </message>
    <message>
        <source>The database was changed by another program: the figures were read again</source>
        <translation>La base a été modifiée par un autre programme : les chiffres ont été relus</translation>
    </message>
    <message>
        <source>READ-ONLY — this file or its folder cannot be written here, so LoanDesk shows its figures but offers no entry, import, closing or other change.</source>
        <translation>LECTURE SEULE — ce fichier ou son dossier ne peut pas être écrit ici : LoanDesk affiche ses chiffres mais ne permet ni saisie, ni import, ni clôture, ni autre modification.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Resta&amp;urer…</translation>
    </message>
    <message>
        <source>Replaces this database by a backup, after showing what the backup holds; the database as it is now is kept as a backup first</source>
        <translation>Remplace cette base de données par une sauvegarde, après avoir montré ce que contient la sauvegarde ; la base de données actuelle est d&apos;abord conservée comme sauvegarde</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>&amp;Paramètres de sauvegarde…</translation>
    </message>
    <message>
        <source>How many automatic backups are kept, and in which folder</source>
        <translation>Combien de sauvegardes automatiques sont conservées, et dans quel dossier</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>La sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>The database was restored from %1; it was kept as it was in %2</source>
        <translation>La base de données a été restaurée depuis %1 ; son état précédent a été conservé dans %2</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>La sauvegarde automatique a échoué</translation>
    </message>
    <message>
        <source>%1

The database itself is unchanged and the earlier backups are kept. Keep LoanDesk open to make a backup with File → Back up now…, or close it without today&apos;s backup.</source>
        <translation>%1

La base elle-même n&apos;a pas changé et les sauvegardes précédentes sont conservées. Gardez LoanDesk ouvert pour sauvegarder avec Fichier → Sauvegarder maintenant…, ou fermez-le sans la sauvegarde du jour.</translation>
    </message>
    <message>
        <source>Close without a backup</source>
        <translation>Fermer sans sauvegarde</translation>
    </message>
    <message>
        <source>Keep LoanDesk open</source>
        <translation>Garder LoanDesk ouvert</translation>
    </message>
    <message>
        <source>Reading the backup %1…</source>
        <translation>Lecture de la sauvegarde %1…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration depuis %1…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>MoveBorrowerDialog</name>
    <message>
        <source>Move borrower %1</source>
        <translation>Transférer l&apos;emprunteur %1</translation>
    </message>
    <message>
        <source>%1 belongs today to %2.</source>
        <translation>%1 appartient aujourd&apos;hui à %2.</translation>
    </message>
    <message>
        <source>From this date the borrower&apos;s loans and savings count under the new membership; the figures of earlier months do not change. The date must be in an open month.</source>
        <translation>À partir de cette date, les prêts et l&apos;épargne de l&apos;emprunteur comptent sous le nouveau rattachement ; les chiffres des mois précédents ne changent pas. La date doit être dans un mois ouvert.</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>Emprunteur :</translation>
    </message>
    <message>
        <source>Move &amp;on:</source>
        <translation>Transférer &amp;le :</translation>
    </message>
    <message>
        <source>To &amp;group:</source>
        <translation>Vers le &amp;groupe :</translation>
    </message>
    <message>
        <source>To &amp;commune:</source>
        <translation>Vers la &amp;commune :</translation>
    </message>
    <message>
        <source>Choose the group the borrower moves to.</source>
        <translation>Choisissez le groupe vers lequel l&apos;emprunteur est transféré.</translation>
    </message>
    <message>
        <source>Choose the commune the borrower moves to.</source>
        <translation>Choisissez la commune vers laquelle l&apos;emprunteur est transféré.</translation>
    </message>
</context>
<context>
    <name>PageExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
</context>
<context>
    <name>PagePainter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation>impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>the password library (libsodium) could not start</source>
        <translation>la bibliothèque de mots de passe (libsodium) n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>not enough memory to protect the password</source>
        <translation>pas assez de mémoire pour protéger le mot de passe</translation>
    </message>
</context>
<context>
    <name>PortfolioBrowser</name>
    <message>
        <source>there is no borrower %1</source>
        <translation>il n&apos;y a pas d&apos;emprunteur %1</translation>
    </message>
</context>
<context>
    <name>PortfolioCheck</name>
    <message>
        <source>file integrity (SQLite integrity_check): %1</source>
        <translation>intégrité du fichier (SQLite integrity_check) : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité : %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this program: %2)</source>
        <translation>version du schéma : %1 (ce programme : %2)</translation>
    </message>
    <message>
        <source>schema version %1 is not the current %2</source>
        <translation>la version du schéma %1 n&apos;est pas l&apos;actuelle %2</translation>
    </message>
    <message>
        <source>references (foreign_key_check): %1</source>
        <translation>références (foreign_key_check) : %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>références : %1</translation>
    </message>
    <message>
        <source>commune %1</source>
        <translation>commune %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>borrower %1</source>
        <translation>emprunteur %1</translation>
    </message>
    <message>
        <source>loan %1</source>
        <translation>prêt %1</translation>
    </message>
    <message>
        <source>installment of %1 due %2</source>
        <translation>échéance de %1 du %2</translation>
    </message>
    <message>
        <source>savings of %1</source>
        <translation>épargne de %1</translation>
    </message>
    <message>
        <source>group %1: the kept savings balances differ from its members&apos; entries</source>
        <translation>groupe %1 : les soldes d&apos;épargne conservés diffèrent des mouvements de ses membres</translation>
    </message>
    <message>
        <source>summary %1 by %2, %3: outstanding at the end %4 is not %5 + %6 − %7</source>
        <translation>synthèse %1 par %2, %3 : l’encours final %4 n’est pas %5 + %6 − %7</translation>
    </message>
    <message>
        <source>summary identity for %1 months with data, by program, commune, organisation and group: %2</source>
        <translation>identité de la synthèse pour %1 mois avec données, par programme, commune, organisation et groupe : %2</translation>
    </message>
    <message>
        <source>problems found: %1</source>
        <translation>problèmes trouvés : %1</translation>
    </message>
    <message>
        <source>violations: %1</source>
        <translation>violations : %1</translation>
    </message>
    <message>
        <source>move of %1 on %2</source>
        <translation>transfert de %1 du %2</translation>
    </message>
    <message>
        <source>moves of %1</source>
        <translation>transferts de %1</translation>
    </message>
    <message>
        <source>repayment no. %1 of %2 on %3</source>
        <translation>remboursement n° %1 de %2 du %3</translation>
    </message>
    <message>
        <source>savings entry no. %1 of %2 on %3</source>
        <translation>mouvement d&apos;épargne n° %1 de %2 du %3</translation>
    </message>
    <message>
        <source>rules of the portfolio: %1 communes, %2 groups, %3 borrowers, %4 moves, %5 loans, %6 installments, %7 repayments and reversals, %8 savings entries and reversals: %9</source>
        <translation>règles du portefeuille : %1 communes, %2 groupes, %3 emprunteurs, %4 transferts, %5 prêts, %6 échéances, %7 remboursements et contre-passations, %8 mouvements d&apos;épargne et contre-passations : %9</translation>
    </message>
    <message>
        <source>the kept count of records per day differs from the records</source>
        <translation>le nombre d&apos;enregistrements par jour conservé diffère des enregistrements</translation>
    </message>
    <message>
        <source>closed month %1 does not follow the months with data in order</source>
        <translation>le mois clôturé %1 ne suit pas dans l&apos;ordre les mois avec données</translation>
    </message>
    <message>
        <source>months with data %1, closed months %2: %3</source>
        <translation>mois avec données %1, mois clôturés %2 : %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>kept savings balances of %1 groups against their members&apos; entries: %2</source>
        <translation>soldes d&apos;épargne conservés de %1 groupes comparés aux écritures de leurs membres : %2</translation>
    </message>
    <message>
        <source>every month from %1</source>
        <translation>chaque mois à partir de %1</translation>
    </message>
    <message>
        <source>month totals of %1 (program %2, commune %3, organisation %4) differ from the loans&apos; figures</source>
        <translation>les totaux du mois %1 (programme %2, commune %3, organisation %4) diffèrent des chiffres des prêts</translation>
    </message>
    <message>
        <source>month totals of %1 (commune %2, group %3) differ from the loans&apos; figures</source>
        <translation>les totaux du mois %1 (commune %2, groupe %3) diffèrent des chiffres des prêts</translation>
    </message>
    <message>
        <source>kept month totals of %1 months, programs, communes, organisations and groups: %2</source>
        <translation>totaux mensuels conservés de %1 cellules par mois, programme, commune, organisation et groupe : %2</translation>
    </message>
    <message>
        <source>loan %1: the kept horizon of its figures differs from its facts</source>
        <translation>prêt %1 : l&apos;horizon conservé de ses chiffres diffère de ses faits</translation>
    </message>
    <message>
        <source>month totals of %1 (%2) do not hold together: end = start + disbursed − collected principal, nothing moves in a carried cell, no more borrowers than loans</source>
        <translation>les totaux du mois %1 (%2) ne sont pas cohérents : fin = début + décaissé − principal recouvré, rien ne bouge dans une cellule reportée, pas plus d&apos;emprunteurs que de prêts</translation>
    </message>
    <message>
        <source>month totals of %1 (commune %2, organisation %3) differ from the loans&apos; figures</source>
        <translation>les totaux du mois %1 (commune %2, organisation %3) diffèrent des chiffres des prêts</translation>
    </message>
</context>
<context>
    <name>PortfolioService</name>
    <message>
        <source>there is no repayment no. %1</source>
        <translation>il n&apos;y a pas de remboursement n° %1</translation>
    </message>
    <message>
        <source>there is no savings entry no. %1</source>
        <translation>il n&apos;y a pas de mouvement d&apos;épargne n° %1</translation>
    </message>
    <message>
        <source>there is no commune %1</source>
        <translation>il n&apos;y a pas de commune %1</translation>
    </message>
    <message>
        <source>there is no group %1</source>
        <translation>il n&apos;y a pas de groupe %1</translation>
    </message>
    <message>
        <source>group %1 has members, whose figures are counted under its commune and organisation; they cannot change</source>
        <translation>le groupe %1 a des membres, dont les chiffres sont comptés sous sa commune et son organisation ; celles-ci ne peuvent pas changer</translation>
    </message>
    <message>
        <source>there is no borrower %1</source>
        <translation>il n&apos;y a pas d&apos;emprunteur %1</translation>
    </message>
    <message>
        <source>%1 is the ID number of borrower %2</source>
        <translation>%1 est le numéro d&apos;identité de l&apos;emprunteur %2</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: a change of group or commune is a move from a date, not an edit</source>
        <translation>%1 a des prêts, de l&apos;épargne ou des transferts : un changement de groupe ou de commune est un transfert à partir d&apos;une date, pas une modification</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: the kind of borrower cannot change</source>
        <translation>%1 a des prêts, de l&apos;épargne ou des transferts : le type d&apos;emprunteur ne peut pas changer</translation>
    </message>
    <message>
        <source>there is no loan %1</source>
        <translation>il n&apos;y a pas de prêt %1</translation>
    </message>
    <message>
        <source>%1 was disbursed in %2, a closed month: its %3 cannot change; post a reversal dated in an open month instead</source>
        <translation>%1 a été décaissé en %2, un mois clôturé : son champ %3 ne peut pas changer ; enregistrez plutôt une contre-passation datée d&apos;un mois ouvert</translation>
    </message>
    <message>
        <source>repayment no. %1 is dated %2, before the disbursement date %3</source>
        <translation>le remboursement n° %1 est daté du %2, avant la date de décaissement %3</translation>
    </message>
    <message>
        <source>there is no data yet, so no month to close</source>
        <translation>il n&apos;y a pas encore de données, donc aucun mois à clôturer</translation>
    </message>
    <message>
        <source>%1 is not a month with data: the data run from %2 to %3</source>
        <translation>%1 n&apos;est pas un mois avec données : les données vont de %2 à %3</translation>
    </message>
    <message>
        <source>%1 is closed already (months are closed up to %2)</source>
        <translation>%1 est déjà clôturé (les mois sont clôturés jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>%1 cannot be closed yet: close %2 first (months are closed in order)</source>
        <translation>%1 ne peut pas encore être clôturé : clôturez d&apos;abord %2 (les mois sont clôturés dans l&apos;ordre)</translation>
    </message>
    <message>
        <source>%1 is not over yet: it can be closed from %2</source>
        <translation>%1 n&apos;est pas encore terminé : il pourra être clôturé à partir du %2</translation>
    </message>
    <message>
        <source>the portfolio does not pass check (%1 violations, the first: %2); correct it before closing</source>
        <translation>le portefeuille ne passe pas la vérification (%1 violations, la première : %2) ; corrigez-le avant la clôture</translation>
    </message>
    <message>
        <source>no month is closed</source>
        <translation>aucun mois n&apos;est clôturé</translation>
    </message>
    <message>
        <source>only the latest closed month, %1, can be reopened</source>
        <translation>seul le dernier mois clôturé, %1, peut être rouvert</translation>
    </message>
    <message>
        <source>say why the month is reopened</source>
        <translation>indiquez pourquoi le mois est rouvert</translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation>annulé : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 — reload</source>
        <extracomment>An edit refused because someone else saved the same record after the form read it.</extracomment>
        <translation>%1 a été modifié par %2 à %3 — rechargez</translation>
    </message>
    <message>
        <source>%1 was changed by another program — reload</source>
        <translation>%1 a été modifié par un autre programme — rechargez</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>Commune %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Borrower %1</source>
        <translation>Emprunteur %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Prêt %1</translation>
    </message>
</context>
<context>
    <name>ProvisionalBanner</name>
    <message>
        <source>Provisional figures</source>
        <extracomment>The banner over a report of a month that is not closed: Vietnamese &quot;SỐ LIỆU TẠM TÍNH&quot;, French &quot;Chiffres provisoires&quot;.</extracomment>
        <translation>Chiffres provisoires</translation>
    </message>
    <message>
        <source>%1 is not closed: these figures can still change</source>
        <extracomment>%1 is a month such as 08/2023.</extracomment>
        <translation>Le mois %1 n&apos;est pas clôturé : ces chiffres peuvent encore changer</translation>
    </message>
    <message>
        <source>The figures of a month become final when the month is closed (Month menu). Until then an entry dated in it can still be posted, reversed or corrected.</source>
        <translation>Les chiffres d&apos;un mois deviennent définitifs quand le mois est clôturé (menu Mois). Jusque-là, une écriture datée de ce mois peut encore être enregistrée, contre-passée ou corrigée.</translation>
    </message>
</context>
<context>
    <name>RatioStyle</name>
    <message>
        <source>Overdue ratio: below %1 % plain · %1–%2 % amber · %2 % and above red</source>
        <translation>Taux d&apos;impayés : sous %1 % sans couleur · %1–%2 % en orange · %2 % et plus en rouge</translation>
    </message>
</context>
<context>
    <name>RegisterReader</name>
    <message>
        <source>there is no borrower %1</source>
        <translation>il n&apos;y a pas d&apos;emprunteur %1</translation>
    </message>
</context>
<context>
    <name>ReopenMonthDialog</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire) :</translation>
    </message>
    <message>
        <source>Why is the month reopened? It is recorded in the history.</source>
        <translation>Pourquoi rouvrir le mois ? Le motif est enregistré dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Rouvrir le mois %1</translation>
    </message>
    <message>
        <source>&amp;Reopen %1</source>
        <translation>&amp;Rouvrir le mois %1</translation>
    </message>
    <message>
        <source>Reopen the month %1?</source>
        <translation>Rouvrir le mois %1 ?</translation>
    </message>
    <message>
        <source>Once reopened, entries dated from %1 to %2 can again be posted, reversed or changed, and the figures of %3 are provisional until it is closed again: a report already printed for %3 may no longer match. The reopening and its reason are recorded in the history.</source>
        <translation>Une fois le mois rouvert, les écritures datées du %1 au %2 peuvent de nouveau être enregistrées, contre-passées ou modifiées, et les chiffres de %3 sont provisoires jusqu&apos;à sa nouvelle clôture : un rapport déjà imprimé pour %3 peut ne plus correspondre. La réouverture et son motif sont enregistrés dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>RepaymentDialog</name>
    <message>
        <source>&amp;Loan:</source>
        <translation>&amp;Prêt :</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Payé &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Principal (đồng):</source>
        <translation>Princip&amp;al (đồng) :</translation>
    </message>
    <message>
        <source>&amp;Interest (đồng):</source>
        <translation>&amp;Intérêts (đồng) :</translation>
    </message>
    <message>
        <source>New repayment</source>
        <translation>Nouveau remboursement</translation>
    </message>
    <message>
        <source>New repayment of %1</source>
        <translation>Nouveau remboursement du prêt %1</translation>
    </message>
    <message>
        <source>Type part of the loan number or the borrower&apos;s name</source>
        <translation>Saisissez une partie du numéro du prêt ou du nom de l&apos;emprunteur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the loan.</source>
        <translation>Choisissez le prêt.</translation>
    </message>
    <message>
        <source>Loan %1 of %2 (%3), program %4, %5 đồng disbursed on %6, matures on %7, rate %8 % a month</source>
        <translation>Prêt %1 de %2 (%3), programme %4, %5 đồng décaissés le %6, échéance finale le %7, taux %8 % par mois</translation>
    </message>
    <message>
        <source>Outstanding at the end of %1: %2 đồng (overdue: %3 đồng)</source>
        <translation>Encours au %1 : %2 đồng (impayés : %3 đồng)</translation>
    </message>
    <message>
        <source>A proposal, not a figure: type what was actually collected.</source>
        <translation>Une proposition, pas un chiffre : saisissez ce qui a réellement été perçu.</translation>
    </message>
    <message>
        <source>Principal: %1 đồng due by %2 under the schedule and not yet repaid.</source>
        <translation>Principal : %1 đồng échus au %2 selon l&apos;échéancier et pas encore remboursés.</translation>
    </message>
    <message>
        <source>Interest: %1 đồng outstanding × %2 % a month × %3 days (since %4) ÷ 30 = %5 đồng, rounded to the đồng.</source>
        <translation>Intérêts : encours de %1 đồng × %2 % par mois × %3 jours (depuis le %4) ÷ 30 = %5 đồng, arrondis au đồng.</translation>
    </message>
    <message>
        <source>Interest: nothing is due on %1.</source>
        <translation>Intérêts : rien n&apos;est dû le %1.</translation>
    </message>
    <message>
        <source>The principal %1 đồng is more than the outstanding balance of %2 đồng on %3.</source>
        <translation>Le principal de %1 đồng dépasse l&apos;encours de %2 đồng au %3.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>there is no data for %1: the database holds no loan yet</source>
        <translation>il n&apos;y a pas de données pour %1 : la base ne contient encore aucun prêt</translation>
    </message>
    <message>
        <source>there is no data for %1: the data end on %2</source>
        <translation>il n&apos;y a pas de données pour %1 : les données se terminent le %2</translation>
    </message>
    <message>
        <source>there is no data for %1: the data begin on %2 (the first disbursement) and end on %3</source>
        <translation>il n&apos;y a pas de données pour %1 : les données commencent le %2 (premier décaissement) et se terminent le %3</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>no month chosen</source>
        <translation>aucun mois choisi</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Paramètres des rapports</translation>
    </message>
    <message>
        <source>&amp;Office (under the bank&apos;s name):</source>
        <translation>&amp;Agence (sous le nom de la banque) :</translation>
    </message>
    <message>
        <source>&amp;Place (on the date line):</source>
        <translation>&amp;Lieu (sur la ligne de date) :</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Établi &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Checked by:</source>
        <translation>&amp;Vérifié par :</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Directeur :</translation>
    </message>
    <message>
        <source>These settings are kept in the database, so every computer that opens it and loandesk-cli print the same header. An empty office or place prints the default. Each change is recorded in the history.</source>
        <translation>Ces paramètres sont conservés dans la base : tous les ordinateurs qui l&apos;ouvrent et loandesk-cli impriment le même en-tête. Une agence ou un lieu vide imprime la valeur par défaut. Chaque modification est enregistrée dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Savings-and-loan group</source>
        <translation>Groupe d&apos;épargne et de crédit</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Emprunteurs</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Outstanding at start</source>
        <translation>Encours initial</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Principal recouvré</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Intérêts perçus</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Overdue ratio</source>
        <translation>Taux d&apos;impayés</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Overdue + frozen</source>
        <translation>Impayés + créances gelées</translation>
    </message>
    <message>
        <source>Members&apos; savings</source>
        <translation>Épargne des membres</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%)</source>
        <translation>(%)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>The month of the report; an ageing table is taken at its last day</source>
        <translation>Le mois du rapport ; une table d&apos;ancienneté est prise à son dernier jour</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Daté du :</translation>
    </message>
    <message>
        <source>The date on the place and date line above the signatures</source>
        <translation>La date de la ligne lieu et date au-dessus des signatures</translation>
    </message>
    <message>
        <source>Report &amp;settings…</source>
        <translation>&amp;Paramètres du rapport…</translation>
    </message>
    <message>
        <source>Office name, place and the names of the signatories</source>
        <translation>Nom de l&apos;agence, lieu et noms des signataires</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>A workbook with one sheet per breakdown</source>
        <translation>Un classeur avec une feuille par ventilation</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>The same file as loandesk-cli summary (Vietnamese names, whole đồng)</source>
        <translation>Le même fichier que loandesk-cli summary (noms vietnamiens, đồng entiers)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export a workbook</source>
        <translation>Exporter un classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary by program</source>
        <translation>Synthèse par programme</translation>
    </message>
    <message>
        <source>Summary by commune</source>
        <translation>Synthèse par commune</translation>
    </message>
    <message>
        <source>Summary by organisation</source>
        <translation>Synthèse par organisation</translation>
    </message>
    <message>
        <source>Summary by group</source>
        <translation>Synthèse par groupe</translation>
    </message>
    <message>
        <source>Overdue ageing by program</source>
        <translation>Ancienneté des impayés par programme</translation>
    </message>
    <message>
        <source>Overdue ageing by commune</source>
        <translation>Ancienneté des impayés par commune</translation>
    </message>
    <message>
        <source>Overdue ageing by organisation</source>
        <translation>Ancienneté des impayés par organisation</translation>
    </message>
    <message>
        <source>Overdue ageing by group</source>
        <translation>Ancienneté des impayés par groupe</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n&apos;a pas pu être établi : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a month first.</source>
        <translation>Choisissez d&apos;abord un mois.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Envoyé à l&apos;imprimante : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Written:</source>
        <translation>Écrite le :</translation>
    </message>
    <message>
        <source>Months with data:</source>
        <translation>Mois avec données :</translation>
    </message>
    <message>
        <source>Total outstanding:</source>
        <translation>Encours total :</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Vérification :</translation>
    </message>
    <message>
        <source>Restore from %1</source>
        <translation>Restaurer depuis %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Replace this database by the backup %1?</source>
        <translation>Remplacer cette base de données par la sauvegarde %1 ?</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>none: the backup holds no loan</source>
        <translation>aucun : la sauvegarde ne contient aucun prêt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>closed through %1</source>
        <translation>clôturés jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>aucun clôturé</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s)), %3</source>
        <translation>
            <numerusform>%1 à %2 (%n mois), %3</numerusform>
            <numerusform>%1 à %2 (%n mois), %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — clôturé</translation>
    </message>
    <message>
        <source>%1 — open</source>
        <translation>%1 — ouvert</translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1 à la fin de %2</translation>
    </message>
    <message numerus="yes">
        <source>passed (%n check(s), no violation)</source>
        <translation>
            <numerusform>réussie (%n contrôle(s), aucune violation)</numerusform>
            <numerusform>réussie (%n contrôle(s), aucune violation)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything this database holds now is replaced by the backup. The database as it is now is kept first as a backup in %1.</source>
        <translation>Tout ce que contient maintenant cette base de données est remplacé par la sauvegarde. La base de données actuelle est d&apos;abord conservée comme sauvegarde dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s): %1</source>
        <translation>
            <numerusform>%n violation(s) : %1</numerusform>
            <numerusform>%n violation(s) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup does not pass the check and cannot be restored. Nothing was changed.</source>
        <translation>Cette sauvegarde ne passe pas la vérification et ne peut pas être restaurée. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>%1 is the database itself, not a backup of it</source>
        <translation>%1 est la base de données elle-même, pas une sauvegarde de celle-ci</translation>
    </message>
    <message>
        <source>the backup %1 cannot be read: %2</source>
        <translation>la sauvegarde %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>the backup %1 cannot be used: %2</source>
        <translation>la sauvegarde %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>the backup %1 cannot be checked: %2</source>
        <translation>la sauvegarde %1 ne peut pas être vérifiée : %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>the backup %1 does not pass the check (%2 violations); nothing was replaced</source>
        <translation>la sauvegarde %1 ne passe pas la vérification (%2 violations) ; rien n&apos;a été remplacé</translation>
    </message>
    <message>
        <source>the current database could not be kept, so nothing was replaced: %1</source>
        <translation>la base de données actuelle n&apos;a pas pu être conservée, donc rien n&apos;a été remplacé : %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <source>Reversal &amp;date:</source>
        <translation>&amp;Date de contre-passation :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Reverse entry no. %1</source>
        <translation>Contre-passer l&apos;écriture n° %1</translation>
    </message>
    <message>
        <source>Repayment no. %1 of loan %2 on %3: principal %4 đồng, interest %5 đồng</source>
        <translation>Remboursement n° %1 du prêt %2 le %3 : principal %4 đồng, intérêts %5 đồng</translation>
    </message>
    <message>
        <source>Savings withdrawal no. %1 of %2 on %3: %4 đồng</source>
        <translation>Retrait d&apos;épargne n° %1 de %2 le %3 : %4 đồng</translation>
    </message>
    <message>
        <source>Savings deposit no. %1 of %2 on %3: %4 đồng</source>
        <translation>Dépôt d&apos;épargne n° %1 de %2 le %3 : %4 đồng</translation>
    </message>
    <message>
        <source>There is no entry no. %1.</source>
        <translation>Il n&apos;y a pas d&apos;écriture n° %1.</translation>
    </message>
    <message>
        <source>Why the entry is wrong, e.g. typed twice, wrong loan</source>
        <translation>Pourquoi l&apos;écriture est fausse, p. ex. saisie deux fois, mauvais prêt</translation>
    </message>
    <message>
        <source>The entry stays in the ledger, struck through; the reversal takes its amounts back from its own date. Post the right entry again afterwards if needed.</source>
        <translation>L&apos;écriture reste dans la fiche, barrée ; la contre-passation en annule les montants à partir de sa propre date. Enregistrez ensuite à nouveau l&apos;écriture correcte si nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Contre-passer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Say why the entry is reversed.</source>
        <translation>Indiquez pourquoi l&apos;écriture est contre-passée.</translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Amount (đồng):</source>
        <translation>&amp;Montant (đồng) :</translation>
    </message>
    <message>
        <source>New savings entry</source>
        <translation>Nouveau mouvement d&apos;épargne</translation>
    </message>
    <message>
        <source>Savings of %1 (%2)</source>
        <translation>Épargne de %1 (%2)</translation>
    </message>
    <message>
        <source>De&amp;posit</source>
        <translation>Dé&amp;pôt</translation>
    </message>
    <message>
        <source>&amp;Withdrawal</source>
        <translation>&amp;Retrait</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Balance at the end of %1: %2 đồng</source>
        <translation>Solde au %1 : %2 đồng</translation>
    </message>
    <message>
        <source>After this entry: %1 đồng</source>
        <translation>Après ce mouvement : %1 đồng</translation>
    </message>
    <message>
        <source>Type the amount deposited or withdrawn.</source>
        <translation>Saisissez le montant déposé ou retiré.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Adds users, sets their passwords and roles, unlocks accounts</source>
        <translation>Ajoute des utilisateurs, définit leurs mots de passe et leurs rôles, déverrouille les comptes</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Sign in to manage the users</source>
        <translation>Connectez-vous pour gérer les utilisateurs</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>This database has no users: anyone who can open the file can change everything. An admin account is created with User → Users…</source>
        <translation>Cette base de données n&apos;a pas d&apos;utilisateurs : toute personne qui peut ouvrir le fichier peut tout modifier. Un compte administrateur se crée avec Utilisateur → Utilisateurs…</translation>
    </message>
</context>
<context>
    <name>ShareDonutChart</name>
    <message>
        <source>Share of outstanding by organisation</source>
        <translation>Part de l&apos;encours par organisation</translation>
    </message>
    <message>
        <source>No outstanding</source>
        <translation>Aucun encours</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to LoanDesk</source>
        <translation>Se connecter à LoanDesk</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>This database has users: sign in with your name and password.</source>
        <translation>Cette base de données a des utilisateurs : connectez-vous avec votre nom et votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>StagingFolder</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1 to the disk: %2</source>
        <translation>impossible d&apos;écrire %1 sur le disque : %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>impossible de déplacer %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot create a folder beside %1</source>
        <translation>impossible de créer un dossier à côté de %1</translation>
    </message>
    <message>
        <source>nothing was written for %1</source>
        <translation>rien n&apos;a été écrit pour %1</translation>
    </message>
    <message>
        <source>%1 is a folder in %2</source>
        <translation>%1 est un dossier dans %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Creating the Duy Tiên demonstration portfolio…</source>
        <translation>Création du portefeuille de démonstration de Duy Tiên…</translation>
    </message>
    <message>
        <source>LoanDesk</source>
        <translation>LoanDesk</translation>
    </message>
    <message>
        <source>cannot move the new database to %1</source>
        <translation>impossible de déplacer la nouvelle base vers %1</translation>
    </message>
    <message>
        <source>no database was opened</source>
        <translation>aucune base n&apos;a été ouverte</translation>
    </message>
</context>
<context>
    <name>TransactionDayDialog</name>
    <message>
        <source>Commune transaction day</source>
        <translation>Jour de transaction à la commune</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Fill row as proposed</source>
        <translation>&amp;Remplir la ligne comme proposé</translation>
    </message>
    <message>
        <source>Collected principal and interest as proposed (Ctrl+D)</source>
        <translation>Principal et intérêts perçus comme proposé (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Print collection list…</source>
        <translation>&amp;Imprimer la liste de recouvrement…</translation>
    </message>
    <message>
        <source>Save collection list as P&amp;DF…</source>
        <translation>Enregistrer la liste de recouvrement en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Post every typed row (Ctrl+S)</source>
        <translation>Enregistrer toutes les lignes saisies (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The database has no commune yet.</source>
        <translation>La base ne contient encore aucune commune.</translation>
    </message>
    <message>
        <source>Unsaved amounts</source>
        <translation>Montants non enregistrés</translation>
    </message>
    <message>
        <source>The amounts typed for %1 on %2 are not saved. Save them first?</source>
        <translation>Les montants saisis pour %1 le %2 ne sont pas enregistrés. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n member(s) to collect from</source>
        <translation>
            <numerusform>%1 le %2 : %n membre à recouvrer</numerusform>
            <numerusform>%1 le %2 : %n membres à recouvrer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; of %3 (%4)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; sur %3 (%4)</translation>
    </message>
    <message>
        <source>Commune total — %1 &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; savings deposited &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Total de la commune — %1 &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; épargne déposée &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>principal collected</source>
        <translation>principal perçu</translation>
    </message>
    <message>
        <source>interest collected</source>
        <translation>intérêts perçus</translation>
    </message>
    <message>
        <source>Nothing to save: no amount is typed.</source>
        <translation>Rien à enregistrer : aucun montant n&apos;est saisi.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the rows in red and save again.</source>
        <translation>Rien n&apos;a été enregistré : corrigez les lignes en rouge et enregistrez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n repayment(s)</source>
        <translation>
            <numerusform>%n remboursement enregistré</numerusform>
            <numerusform>%n remboursements enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n savings entry(ies)</source>
        <translation>
            <numerusform> et %n mouvement d&apos;épargne</numerusform>
            <numerusform> et %n mouvements d&apos;épargne</numerusform>
        </translation>
    </message>
    <message>
        <source> dated %1.</source>
        <translation> datés du %1.</translation>
    </message>
    <message>
        <source>Collection list saved to %1</source>
        <translation>Liste de recouvrement enregistrée dans %1</translation>
    </message>
    <message>
        <source>Save collection list as PDF</source>
        <translation>Enregistrer la liste de recouvrement en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TransactionDayModel</name>
    <message numerus="yes">
        <source>Total %1 (%n member(s))</source>
        <translation>
            <numerusform>Total %1 (%n membre)</numerusform>
            <numerusform>Total %1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — leader: %3</source>
        <translation>%1 (%2) — chef de groupe : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n prêt</numerusform>
            <numerusform>%n prêts</numerusform>
        </translation>
    </message>
    <message>
        <source>Principal due: %1</source>
        <translation>Principal dû : %1</translation>
    </message>
    <message numerus="yes">
        <source>Interest proposed: %1 (%n day(s) from %2)</source>
        <translation>
            <numerusform>Intérêts proposés : %1 (%n jour depuis le %2)</numerusform>
            <numerusform>Intérêts proposés : %1 (%n jours depuis le %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>A deposit; type a withdrawal with a minus sign</source>
        <translation>Un dépôt ; saisissez un retrait avec le signe moins</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>Principal dû</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>dont impayés</translation>
    </message>
    <message>
        <source>Interest proposed</source>
        <translation>Intérêts proposés</translation>
    </message>
    <message>
        <source>Savings balance</source>
        <translation>Solde d&apos;épargne</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Principal perçu</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Intérêts perçus</translation>
    </message>
    <message>
        <source>Savings deposited</source>
        <translation>Épargne déposée</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Outstanding and overdue ratio over 24 months</source>
        <translation>Encours et taux d&apos;impayés sur 24 mois</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Outstanding (%1)</source>
        <translation>Encours (%1)</translation>
    </message>
    <message>
        <source>Overdue ratio (%)</source>
        <translation>Taux d&apos;impayés (%)</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>un mot de passe a au moins %1 caractères</translation>
    </message>
    <message>
        <source>a password has at most %1 characters</source>
        <translation>un mot de passe a au plus %1 caractères</translation>
    </message>
    <message>
        <source>a password does not begin or end with a space</source>
        <translation>un mot de passe ne commence ni ne finit par une espace</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong passwords until %3; try again later or ask an admin to unlock it</source>
        <translation>%1 est verrouillé après %2 mots de passe incorrects jusqu&apos;à %3 ; réessayez plus tard ou demandez à un administrateur de le déverrouiller</translation>
    </message>
    <message>
        <source>wrong password; %1 is now locked for %2 minutes after %3 wrong passwords</source>
        <translation>mot de passe incorrect ; %1 est maintenant verrouillé pendant %2 minutes après %3 mots de passe incorrects</translation>
    </message>
    <message>
        <source>name: a user needs a name</source>
        <translation>nom : un utilisateur doit avoir un nom</translation>
    </message>
    <message>
        <source>name: a user name has at most %1 characters</source>
        <translation>nom : un nom d&apos;utilisateur a au plus %1 caractères</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>mot de passe : %1</translation>
    </message>
    <message>
        <source>role: the first user of a database is its admin</source>
        <translation>rôle : le premier utilisateur d&apos;une base de données en est l&apos;administrateur</translation>
    </message>
    <message>
        <source>name: there is already a user called %1</source>
        <translation>nom : il existe déjà un utilisateur nommé %1</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>il n&apos;y a pas d&apos;utilisateur nommé %1</translation>
    </message>
    <message>
        <source>role: %1 is the only admin; make another user admin first</source>
        <translation>rôle : %1 est le seul administrateur ; nommez d&apos;abord un autre utilisateur administrateur</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>Définir le &amp;mot de passe</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;le :</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Nouveau mot de &amp;passe :</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>verrouillé jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Mot de passe de %1 modifié.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>%1 déverrouillé.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required and must not be blank</source>
        <translation>est obligatoire et ne doit pas être vide</translation>
    </message>
    <message>
        <source>no commune %1 in this import or the database</source>
        <translation>aucune commune %1 dans cet import ni dans la base</translation>
    </message>
    <message>
        <source>%1 is not an organisation; use HPN, HND, CCB or DTN</source>
        <translation>%1 n&apos;est pas une organisation ; utilisez HPN, HND, CCB ou DTN</translation>
    </message>
    <message>
        <source>%1 is not a citizen ID: a household needs 12 digits (or a legacy ID of 9 digits)</source>
        <translation>%1 n&apos;est pas un numéro d&apos;identité : un ménage en a 12 chiffres (ou un ancien de 9 chiffres)</translation>
    </message>
    <message>
        <source>%1 is not a tax code: an organisation needs 10 digits, optionally followed by - and 3 digits</source>
        <translation>%1 n&apos;est pas un numéro fiscal : une organisation en a 10 chiffres, suivis éventuellement de - et 3 chiffres</translation>
    </message>
    <message>
        <source>an organisation is never in a group; leave group_code empty</source>
        <translation>une organisation n’est jamais dans un groupe ; laissez group_code vide</translation>
    </message>
    <message>
        <source>no group %1 in this import or the database</source>
        <translation>aucun groupe %1 dans cet import ni dans la base</translation>
    </message>
    <message>
        <source>%1 is not the commune of group %2, which is in %3</source>
        <translation>%1 n&apos;est pas la commune du groupe %2, qui est à %3</translation>
    </message>
    <message>
        <source>no borrower %1 in this import or the database</source>
        <translation>aucun emprunteur %1 dans cet import ni dans la base</translation>
    </message>
    <message>
        <source>%1 is not a program of the catalogue</source>
        <translation>%1 n&apos;est pas un programme du catalogue</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>%1 is not after the disbursement date %2</source>
        <translation>%1 n&apos;est pas après la date de décaissement %2</translation>
    </message>
    <message>
        <source>%1 is before the %2 program began (%3)</source>
        <translation>%1 est avant le début du programme %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is above the %2 cap of %3 in force on %4</source>
        <translation>%1 dépasse le plafond de %2 de %3 en vigueur le %4</translation>
    </message>
    <message>
        <source>%1 is beyond the %2 maximum term of %3 months (at the latest %4)</source>
        <translation>%1 dépasse la durée maximale de %2 de %3 mois (au plus tard %4)</translation>
    </message>
    <message>
        <source>%1 is before the disbursement date %2</source>
        <translation>%1 est avant la date de décaissement %2</translation>
    </message>
    <message>
        <source>no loan %1 in this import or the database</source>
        <translation>aucun prêt %1 dans cet import ni dans la base</translation>
    </message>
    <message>
        <source>%1 is not after the disbursement date %2 of %3</source>
        <translation>%1 n&apos;est pas après la date de décaissement %2 de %3</translation>
    </message>
    <message>
        <source>%1 is after the maturity date %2 of %3</source>
        <translation>%1 est après l&apos;échéance finale %2 de %3</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>principal and interest are both 0</source>
        <translation>le principal et les intérêts sont tous deux à 0</translation>
    </message>
    <message>
        <source>%1 is before the disbursement date %2 of %3</source>
        <translation>%1 est avant la date de décaissement %2 de %3</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>ne doit pas être 0</translation>
    </message>
    <message>
        <source>%1 is not a household in a group; only group members keep savings</source>
        <translation>%1 n&apos;est pas un ménage membre d&apos;un groupe ; seuls les membres ont une épargne</translation>
    </message>
    <message>
        <source>the installments of %1 add up to %2, not to its amount %3</source>
        <translation>les échéances de %1 totalisent %2 et non son montant %3</translation>
    </message>
    <message>
        <source>the last installment of %1 is due on %2, not on its maturity date %3</source>
        <translation>la dernière échéance de %1 tombe le %2 et non à l&apos;échéance finale %3</translation>
    </message>
    <message>
        <source>by the end of %2 the principal repaid on %1 would be %3, more than its amount %4</source>
        <translation>à la fin du %2, le principal remboursé sur %1 serait de %3, plus que son montant %4</translation>
    </message>
    <message>
        <source>the savings balance of %1 would be %2 at the end of %3</source>
        <translation>le solde d&apos;épargne de %1 serait de %2 à la fin du %3</translation>
    </message>
    <message>
        <source>by the end of %2 the principal repaid on %1 would be %3, less than 0</source>
        <translation>à la fin du %2, le principal remboursé sur %1 serait de %3, moins que 0</translation>
    </message>
    <message>
        <source>%1 is not the commune of group %2, which is in %3; a group move takes the group&apos;s commune</source>
        <translation>%1 n&apos;est pas la commune du groupe %2, qui est à %3 ; un transfert vers un groupe prend la commune du groupe</translation>
    </message>
    <message>
        <source>%1 is in a group; name the group they move to</source>
        <translation>%1 est dans un groupe ; indiquez le groupe où il est transféré</translation>
    </message>
    <message>
        <source>an organisation is never in a group; name the commune it moves to</source>
        <translation>une organisation n&apos;est jamais dans un groupe ; indiquez la commune où elle est transférée</translation>
    </message>
    <message>
        <source>%1 is in no group; name the commune they move to</source>
        <translation>%1 n&apos;est dans aucun groupe ; indiquez la commune où il est transféré</translation>
    </message>
    <message>
        <source>no entry no. %1 in this import or the database</source>
        <translation>aucune écriture n° %1 dans cet import ni dans la base</translation>
    </message>
    <message>
        <source>entry no. %1 is itself a reversal (of no. %2); a reversal is never reversed: post the right entry again instead</source>
        <translation>l&apos;écriture n° %1 est elle-même une contre-passation (du n° %2) ; une contre-passation n&apos;est jamais contre-passée : enregistrez plutôt de nouveau la bonne écriture</translation>
    </message>
    <message>
        <source>%1 is before %2, the date of entry no. %3 it reverses</source>
        <translation>%1 est avant le %2, date de l&apos;écriture n° %3 qu&apos;elle contre-passe</translation>
    </message>
    <message>
        <source>entry no. %1 is a repayment of %2, not of %3</source>
        <translation>l&apos;écriture n° %1 est un remboursement de %2, pas de %3</translation>
    </message>
    <message>
        <source>%1 is not %2, the principal of entry no. %3</source>
        <translation>%1 n&apos;est pas %2, le principal de l&apos;écriture n° %3</translation>
    </message>
    <message>
        <source>%1 is not %2, the interest of entry no. %3</source>
        <translation>%1 n&apos;est pas %2, les intérêts de l&apos;écriture n° %3</translation>
    </message>
    <message>
        <source>entry no. %1 is a savings entry of %2, not of %3</source>
        <translation>l&apos;écriture n° %1 est un mouvement d&apos;épargne de %2, pas de %3</translation>
    </message>
    <message>
        <source>%1 is not %2, the amount of entry no. %3</source>
        <translation>%1 n&apos;est pas %2, le montant de l&apos;écriture n° %3</translation>
    </message>
    <message>
        <source>%1 already moves on %2; a borrower moves at most once a day</source>
        <translation>%1 est déjà transféré le %2 ; un emprunteur est transféré au plus une fois par jour</translation>
    </message>
    <message>
        <source>%1 is not after %2, the date of the previous move of %3; moves are posted in date order</source>
        <translation>%1 n&apos;est pas après le %2, date du transfert précédent de %3 ; les transferts sont enregistrés dans l&apos;ordre des dates</translation>
    </message>
    <message>
        <source>%1 is already in %2 on %3</source>
        <translation>%1 est déjà rattaché à %2 le %3</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>compte %1 caractères ; %2 au plus sont autorisés</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LoanDesk</source>
        <translation>Bienvenue dans LoanDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>This database holds no portfolio yet. Bring in the office&apos;s portfolio from a folder of CSV files, open another database, or look around in the demonstration portfolio first.</source>
        <translation>Cette base ne contient encore aucun portefeuille. Importez le portefeuille de l&apos;agence depuis un dossier de fichiers CSV, ouvrez une autre base, ou découvrez d&apos;abord le portefeuille de démonstration.</translation>
    </message>
    <message>
        <source>Import a CSV folder…</source>
        <translation>Importer un dossier CSV…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base…</translation>
    </message>
    <message>
        <source>Open the demonstration portfolio</source>
        <translation>Ouvrir le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>Or start entering the portfolio by hand: &lt;a href=&quot;register&quot;&gt;register a savings group or a borrower&lt;/a&gt;, then their loans.</source>
        <translation>Ou commencez à saisir le portefeuille à la main : &lt;a href=&quot;register&quot;&gt;enregistrez un groupe d&apos;épargne et de crédit ou un emprunteur&lt;/a&gt;, puis leurs prêts.</translation>
    </message>
</context>
</TS>
