<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../app/cli/annotation_commands.py" line="86"/>
        <source>the quote was found with other apostrophes, quotation marks, dashes or spaces: the highlight keeps the article&apos;s own text</source>
        <translation>la citation a été trouvée avec d’autres apostrophes, guillemets, tirets ou espaces : le surlignage garde le texte même de l’article</translation>
    </message>
    <message>
        <location filename="../../app/cli/annotation_commands.py" line="122"/>
        <source>&apos;{suffix}&apos; files cannot give an article its text</source>
        <translation>les fichiers « {suffix} » ne peuvent pas donner son texte à un article</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="149"/>
        <source>also searched: {words}</source>
        <translation>cherché aussi : {words}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="265"/>
        <source>{what} works on a local library&apos;s file; a team library&apos;s server does this for it ({tool}: see the README&apos;s team library section)</source>
        <translation>{what} agit sur le fichier d’une bibliothèque locale ; pour une bibliothèque d’équipe, c’est son serveur qui s’en charge ({tool} : voir la section du README sur la bibliothèque d’équipe)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="310"/>
        <source>the library&apos;s backups folder cannot be written ({why}): give a PATH to write the backup to</source>
        <translation>on ne peut pas écrire dans le dossier des sauvegardes de la bibliothèque ({why}) : donnez un CHEMIN où écrire la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="322"/>
        <source>a library opened read-only cannot be restored</source>
        <translation>une bibliothèque ouverte en lecture seule ne peut pas être restaurée</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="25"/>
        <location filename="../../app/services/feeds.py" line="132"/>
        <location filename="../../app/services/qda_exchange.py" line="296"/>
        <location filename="../../app/services/qda_exchange.py" line="320"/>
        <location filename="../../app/store/errors.py" line="17"/>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/importers/common.py" line="27"/>
        <source>no text could be found in this file</source>
        <translation>aucun texte n’a été trouvé dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../app/importers/docx.py" line="39"/>
        <source>this Word document is damaged or not a .docx file ({error})</source>
        <translation>ce document Word est endommagé ou n’est pas un fichier .docx ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importers/epub.py" line="40"/>
        <source>this EPUB is damaged or truncated ({error})</source>
        <translation>cet EPUB est endommagé ou tronqué ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importers/html.py" line="72"/>
        <source>no article text was found in this page</source>
        <translation>aucun texte d’article n’a été trouvé dans cette page</translation>
    </message>
    <message>
        <location filename="../../app/importers/markdown.py" line="37"/>
        <source>empty file: no text after the front matter</source>
        <translation>fichier vide : aucun texte après l’en-tête</translation>
    </message>
    <message>
        <location filename="../../app/importers/pdf.py" line="114"/>
        <source>this PDF is protected by a password</source>
        <translation>ce PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/importers/pdf.py" line="164"/>
        <source>this PDF is damaged or truncated ({error})</source>
        <translation>ce PDF est endommagé ou tronqué ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importers/pdf.py" line="82"/>
        <source>this PDF has no text layer (a scan?): Carnet cannot read images</source>
        <translation>ce PDF n’a pas de couche de texte (un scan ?) : Carnet ne sait pas lire les images</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="45"/>
        <source>empty file: it holds only blank space</source>
        <translation>fichier vide : il ne contient que des blancs</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="101"/>
        <source>too large: {size} MB, the limit is {limit} MB</source>
        <translation>trop volumineux : {size} Mo, la limite est de {limit} Mo</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="68"/>
        <source>unreadable: permission denied</source>
        <translation>illisible : permission refusée</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="70"/>
        <location filename="../../app/importers/reading.py" line="87"/>
        <source>unreadable: it is a folder</source>
        <translation>illisible : c’est un dossier</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="72"/>
        <location filename="../../app/services/importing.py" line="433"/>
        <source>unreadable: {error}</source>
        <translation>illisible : {error}</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="76"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="89"/>
        <source>not a regular file: this is a named pipe (FIFO), which is never read</source>
        <translation>pas un fichier ordinaire : c’est un tube nommé (FIFO), qui n’est jamais lu</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="91"/>
        <source>not a regular file: this is a socket, which is never read</source>
        <translation>pas un fichier ordinaire : c’est un socket, qui n’est jamais lu</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="93"/>
        <source>not a regular file: this is a device, which is never read</source>
        <translation>pas un fichier ordinaire : c’est un périphérique, qui n’est jamais lu</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="94"/>
        <source>not a regular file, so it is not read</source>
        <translation>pas un fichier ordinaire : il n’est pas lu</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="100"/>
        <source>too large: over {limit} MB were read, the limit is {limit} MB</source>
        <translation>trop volumineux : plus de {limit} Mo lus, la limite est de {limit} Mo</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="108"/>
        <location filename="../../app/importers/reading.py" line="111"/>
        <source>binary content: this is not a text file</source>
        <translation>contenu binaire : ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="121"/>
        <source>undecodable: not valid {encoding} despite its BOM</source>
        <translation>indécodable : pas du {encoding} valide malgré son BOM</translation>
    </message>
    <message>
        <location filename="../../app/importers/reading.py" line="132"/>
        <source>undecodable: the text encoding could not be recognised</source>
        <translation>indécodable : l’encodage du texte n’a pas pu être reconnu</translation>
    </message>
    <message>
        <location filename="../../app/search/errors.py" line="17"/>
        <source>{problem} (at character {number})</source>
        <translation>{problem} (au caractère {number})</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="72"/>
        <source>the query is {length} characters long: a query holds at most {limit}</source>
        <translation>la requête fait {length} caractères : une requête en compte au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="79"/>
        <location filename="../../app/search/query_parser.py" line="90"/>
        <source>nothing to search for: type a word</source>
        <translation>rien à chercher : tapez un mot</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="105"/>
        <source>brackets nest {depth} deep here: a query nests them at most {limit} deep</source>
        <translation>les parenthèses s’imbriquent ici sur {depth} niveaux : une requête en imbrique au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="111"/>
        <source>&apos;{bracket}&apos; closes nothing</source>
        <translation>« {bracket} » ne ferme rien</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="119"/>
        <source>unknown field &apos;{field}:&apos; (known fields: {known})</source>
        <translation>champ inconnu « {field}: » (champs connus : {known})</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="124"/>
        <source>this quote is never closed: add a closing &quot;</source>
        <translation>ce guillemet n’est jamais fermé : ajoutez un &quot; fermant</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="129"/>
        <source>&apos;{bracket}&apos; is never closed: add &apos;{closing}&apos;</source>
        <translation>« {bracket} » n’est jamais fermé : ajoutez « {closing} »</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="141"/>
        <source>NOT needs a word after it</source>
        <translation>NOT demande un mot après lui</translation>
    </message>
    <message>
        <location filename="../../app/search/query_parser.py" line="143"/>
        <source>{operator} needs a word on each side</source>
        <translation>{operator} demande un mot de chaque côté</translation>
    </message>
    <message>
        <location filename="../../app/search/query_plan.py" line="181"/>
        <source>ranges work only with date: (as in date:[2024-01 TO 2025-02])</source>
        <translation>les intervalles ne valent que pour date: (comme dans date:[2024-01 TO 2025-02])</translation>
    </message>
    <message>
        <location filename="../../app/search/query_plan.py" line="182"/>
        <source>this kind of query is not supported: {query}</source>
        <translation>ce genre de requête n’est pas pris en charge : {query}</translation>
    </message>
    <message>
        <location filename="../../app/search/query_plan.py" line="321"/>
        <source>{field}: needs a value</source>
        <translation>{field}: demande une valeur</translation>
    </message>
    <message>
        <location filename="../../app/search/query_plan.py" line="324"/>
        <source>lang: &apos;{value}&apos; is not a language code (use fr, en …)</source>
        <translation>lang: « {value} » n’est pas un code de langue (utilisez fr, en …)</translation>
    </message>
    <message>
        <location filename="../../app/search/query_plan.py" line="345"/>
        <source>date: &apos;{value}&apos; is not a date (use 2024, 2024-01 or 2024-01-24)</source>
        <translation>date: « {value} » n’est pas une date (utilisez 2024, 2024-01 ou 2024-01-24)</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="41"/>
        <source>exists already: choose another name</source>
        <translation>existe déjà : choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="57"/>
        <source>the backup could not be written: the disk is full (nothing was left behind; the library is unchanged)</source>
        <translation>la sauvegarde n’a pas pu être écrite : le disque est plein (rien n’a été laissé ; la bibliothèque n’a pas changé)</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="60"/>
        <source>the backup could not be written: its folder cannot be written ({detail}); choose another place</source>
        <translation>la sauvegarde n’a pas pu être écrite : on ne peut pas écrire dans son dossier ({detail}) ; choisissez un autre endroit</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="62"/>
        <source>the backup could not be written ({detail}); the library is unchanged</source>
        <translation>la sauvegarde n’a pas pu être écrite ({detail}) ; la bibliothèque n’a pas changé</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="101"/>
        <source>no backup was found in {folder}</source>
        <translation>aucune sauvegarde n’a été trouvée dans {folder}</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="102"/>
        <source>the newest backup is {backup}: restore it with `{command}`</source>
        <translation>la sauvegarde la plus récente est {backup} : restaurez-la avec `{command}`</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="109"/>
        <source>is not a file: give the path of a backup (a .sqlite file)</source>
        <translation>n’est pas un fichier : donnez le chemin d’une sauvegarde (un fichier .sqlite)</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="112"/>
        <source>is not a Carnet backup ({found}); nothing was restored</source>
        <translation>n’est pas une sauvegarde Carnet ({found}) ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="115"/>
        <source>was made by a newer version of Carnet (schema {found}, this version reads up to {known}); nothing was restored</source>
        <translation>a été créée par une version plus récente de Carnet (schéma {found}, cette version lit jusqu’au {known}) ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="120"/>
        <source>is damaged ({problems}); nothing was restored</source>
        <translation>est endommagée ({problems}) ; rien n’a été restauré</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="128"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="130"/>
        <source>the file is not an SQLite database</source>
        <translation>le fichier n’est pas une base SQLite</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="134"/>
        <source>an SQLite database of another program, with the tables {tables}</source>
        <translation>une base SQLite d’un autre programme, avec les tables {tables}</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="136"/>
        <source>it cannot be read: {error}</source>
        <translation>elle ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="138"/>
        <source>an empty SQLite database</source>
        <translation>une base SQLite vide</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="139"/>
        <source>a Carnet library of schema {version}</source>
        <translation>une bibliothèque Carnet de schéma {version}</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="168"/>
        <source>the backup could not be put back ({error}); the library is as it was</source>
        <translation>la sauvegarde n’a pas pu être remise en place ({error}) ; la bibliothèque est telle qu’elle était</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="109"/>
        <source>unknown format &apos;{format}&apos; (md, json or csv)</source>
        <translation>format inconnu « {format} » (md, json ou csv)</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="37"/>
        <source>no highlight with id {id}</source>
        <translation>aucun surlignage n’a l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="45"/>
        <location filename="../../app/services/exporting.py" line="160"/>
        <location filename="../../app/services/tagging.py" line="55"/>
        <source>no tag named &apos;{name}&apos;</source>
        <translation>aucune étiquette ne s’appelle « {name} »</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="91"/>
        <source>the quote is not in article {id}</source>
        <translation>la citation n’est pas dans l’article {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="93"/>
        <source>the quote occurs {count} times in article {id}: choose one with --occurrence 1 to {count}</source>
        <translation>la citation figure {count} fois dans l’article {id} : choisissez-en une avec --occurrence 1 à {count}</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="97"/>
        <source>occurrence {occurrence} does not exist (there are {count})</source>
        <translation>l’occurrence {occurrence} n’existe pas (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="111"/>
        <source>span {start}–{end} is outside the article (0–{length})</source>
        <translation>l’étendue {start}–{end} sort de l’article (0–{length})</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="115"/>
        <source>the selection holds only white space</source>
        <translation>la sélection ne contient que des espaces</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="64"/>
        <source>article {id}, which highlights belong to</source>
        <translation>l’article {id}, auquel appartiennent des surlignages</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="124"/>
        <source>no member named &apos;{name}&apos; (members: {names})</source>
        <translation>aucun membre nommé « {name} » (membres : {names})</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="148"/>
        <source>unknown reference format &apos;{format}&apos; ({names})</source>
        <translation>format de références inconnu « {format} » ({names})</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="198"/>
        <source>&apos;{text}&apos; is not a date: write a year, a month or a day (2024, 2024-01, 2024-01-24)</source>
        <translation>« {text} » n’est pas une date : écrivez une année, un mois ou un jour (2024, 2024-01, 2024-01-24)</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="204"/>
        <source>&apos;{text}&apos; is not a date of the calendar</source>
        <translation>« {text} » n’est pas une date du calendrier</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="226"/>
        <source>{path} is not a regular file ({kind}): exports are written only to regular files (use -o - for standard output)</source>
        <translation>{path} n’est pas un fichier ordinaire ({kind}) : les exports ne s’écrivent que dans des fichiers ordinaires (-o - pour la sortie standard)</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="229"/>
        <location filename="../../app/services/qda_exchange.py" line="272"/>
        <source>{path} exists already (use --force to replace it)</source>
        <translation>{path} existe déjà (utilisez --force pour le remplacer)</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="231"/>
        <location filename="../../app/services/qda_exchange.py" line="274"/>
        <location filename="../../app/services/vault_export.py" line="72"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="243"/>
        <source>{path} could not be written ({error}); no file was changed there</source>
        <translation>{path} n’a pas pu être écrit ({error}) ; aucun fichier n’y a été modifié</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="256"/>
        <source>{path} cannot be examined ({error})</source>
        <translation>{path} ne peut pas être examiné ({error})</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="263"/>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="265"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="267"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="269"/>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="271"/>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <location filename="../../app/services/exporting.py" line="272"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="50"/>
        <source>the library is open for reading only</source>
        <translation>la bibliothèque est ouverte en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="54"/>
        <location filename="../../app/services/importing.py" line="171"/>
        <location filename="../../app/services/web_importing.py" line="165"/>
        <source>not stored: {reason}</source>
        <translation>non enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="56"/>
        <source>the capture was cancelled</source>
        <translation>la capture a été annulée</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="59"/>
        <source>the page could not be read</source>
        <translation>la page n’a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="61"/>
        <source>saved as article {id}</source>
        <translation>enregistrée comme article {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="66"/>
        <source>{saved}; {highlight}</source>
        <translation>{saved} ; {highlight}</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="74"/>
        <location filename="../../app/ui/capture_controller.py" line="116"/>
        <location filename="../../app/ui/capture_controller.py" line="140"/>
        <source>{url} was not saved: {reason}</source>
        <translation>{url} n’a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="84"/>
        <source>the selected text was not found in the article, so no highlight was made</source>
        <translation>le texte sélectionné n’a pas été trouvé dans l’article : aucun surlignage n’a été fait</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="86"/>
        <source>the selected text was highlighted already</source>
        <translation>le texte sélectionné était déjà surligné</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="91"/>
        <source>the selected text is highlight {id}</source>
        <translation>le texte sélectionné est le surlignage {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="239"/>
        <source>this text is already article {id}</source>
        <translation>ce texte est déjà l’article {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/capturing.py" line="62"/>
        <location filename="../../app/services/importing.py" line="270"/>
        <location filename="../../app/services/web_importing.py" line="137"/>
        <source>already in the library as article {id}</source>
        <translation>déjà dans la bibliothèque, article {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="272"/>
        <source>its text changed; {highlights}</source>
        <translation>son texte a changé ; {highlights}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="275"/>
        <source>{count} control characters removed</source>
        <translation>{count} caractères de contrôle retirés</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="276"/>
        <location filename="../../app/services/importing.py" line="280"/>
        <source>{reason}; {removed}</source>
        <translation>{reason} ; {removed}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="279"/>
        <source>text taken by {extractor}</source>
        <translation>texte pris par {extractor}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="387"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="426"/>
        <source>a symbolic link: links inside a folder are not followed (name it on its own to import what it points to)</source>
        <translation>un lien symbolique : les liens dans un dossier ne sont pas suivis (nommez-le seul pour importer ce vers quoi il pointe)</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="439"/>
        <source>unreadable folder: {error}</source>
        <translation>dossier illisible : {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="445"/>
        <source>&apos;{suffix}&apos; files are not supported (supported: {supported})</source>
        <translation>les fichiers « {suffix} » ne sont pas pris en charge (pris en charge : {supported})</translation>
    </message>
    <message>
        <location filename="../../app/services/importing.py" line="447"/>
        <source>files without an extension are not supported (supported: {supported})</source>
        <translation>les fichiers sans extension ne sont pas pris en charge (pris en charge : {supported})</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="157"/>
        <location filename="../../app/services/library.py" line="150"/>
        <source>cannot create the library folder: {error}</source>
        <translation>impossible de créer le dossier de la bibliothèque : {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/library.py" line="138"/>
        <source>this is not a Carnet library that can be opened ({found}); it was left as it is, and {advice}</source>
        <translation>ce n’est pas une bibliothèque Carnet qui puisse être ouverte ({found}) ; elle a été laissée telle quelle, et {advice}</translation>
    </message>
    <message>
        <location filename="../../app/services/library.py" line="233"/>
        <source>this folder is on a disk that cannot be written and holds no Carnet library</source>
        <translation>ce dossier est sur un disque où l’on ne peut pas écrire et ne contient pas de bibliothèque Carnet</translation>
    </message>
    <message>
        <location filename="../../app/services/library.py" line="235"/>
        <location filename="../../app/team/transfer.py" line="96"/>
        <source>this folder holds no Carnet library</source>
        <translation>ce dossier ne contient pas de bibliothèque Carnet</translation>
    </message>
    <message>
        <location filename="../../app/services/library.py" line="247"/>
        <source>this library was made by an older version of Carnet and must be upgraded, which cannot be done while it is read-only: open it once where it can be written</source>
        <translation>cette bibliothèque a été créée par une version plus ancienne de Carnet et doit être mise à niveau, ce qui est impossible tant qu’elle est en lecture seule : ouvrez-la une fois là où l’on peut y écrire</translation>
    </message>
    <message>
        <location filename="../../app/services/reanchoring.py" line="25"/>
        <source>highlights: {exact} in place, {moved} moved, {fuzzy} approximate, {orphaned} orphaned</source>
        <translation>surlignages : {exact} en place, {moved} déplacés, {fuzzy} approximatifs, {orphaned} orphelins</translation>
    </message>
    <message>
        <location filename="../../app/services/searching.py" line="71"/>
        <source>the search index is damaged, and a read-only library cannot rebuild it</source>
        <translation>l’index de recherche est endommagé, et une bibliothèque en lecture seule ne peut pas le reconstruire</translation>
    </message>
    <message>
        <location filename="../../app/services/annotating.py" line="46"/>
        <location filename="../../app/services/tagging.py" line="54"/>
        <source>no tag with id {id}</source>
        <translation>aucune étiquette n’a l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="175"/>
        <source>a tag cannot be merged into itself</source>
        <translation>une étiquette ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="208"/>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="210"/>
        <source>a tag name cannot hold control characters, line breaks or tabs (&apos;{name}&apos;)</source>
        <translation>un nom d’étiquette ne peut contenir ni caractères de contrôle, ni sauts de ligne, ni tabulations (« {name} »)</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="213"/>
        <source>&apos;{colour}&apos; is not a colour: write it as #rrggbb, e.g. #f2c94c</source>
        <translation>« {colour} » n’est pas une couleur : écrivez-la #rrvvbb, par exemple #f2c94c</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="217"/>
        <source>a tag named &apos;{name}&apos; exists already</source>
        <translation>une étiquette nommée « {name} » existe déjà</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="218"/>
        <source>a tag named &apos;{name}&apos; exists already: merge the two instead</source>
        <translation>une étiquette « {name} » existe déjà : fusionnez plutôt les deux</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="221"/>
        <source>a tag&apos;s key must be 1 to 9</source>
        <translation>la touche d’une étiquette doit aller de 1 à 9</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="243"/>
        <source>&apos;{pattern}&apos; is not a valid expression: {error}</source>
        <translation>« {pattern} » n’est pas une expression valide : {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="247"/>
        <source>a rule&apos;s words cannot be empty</source>
        <translation>les mots d’une règle ne peuvent pas être vides</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="48"/>
        <source>key {key} belongs to &apos;{name}&apos;</source>
        <translation>la touche {key} appartient à « {name} »</translation>
    </message>
    <message>
        <location filename="../../app/services/tagging.py" line="231"/>
        <source>&apos;{name}&apos; cannot be nested under itself or its own sub-tags</source>
        <translation>« {name} » ne peut pas être rangée sous elle-même ni sous ses sous-étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="100"/>
        <source>cannot open the library database: {error}</source>
        <translation>impossible d’ouvrir la base de la bibliothèque : {error}</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="127"/>
        <source>another task of this window kept the library busy for too long: the change was not saved; try it again</source>
        <translation>une autre tâche de cette fenêtre a occupé la bibliothèque trop longtemps : la modification n’a pas été enregistrée ; réessayez</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="181"/>
        <source>the disk holding the library is full: the last change was not saved; everything saved before it is intact</source>
        <translation>le disque de la bibliothèque est plein : la dernière modification n’a pas été enregistrée ; tout ce qui l’a été avant est intact</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="184"/>
        <source>the search index is damaged, so the change was not saved; `carnet check` rebuilds the index (articles and highlights are not affected)</source>
        <translation>l’index de recherche est endommagé, la modification n’a donc pas été enregistrée ; `carnet check` reconstruit l’index (articles et surlignages ne sont pas touchés)</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="188"/>
        <source>the library is read-only: nothing can be changed in it</source>
        <translation>la bibliothèque est en lecture seule : rien ne peut y être modifié</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="190"/>
        <source>another window or command kept the library busy for too long: the change was not saved; try it again</source>
        <translation>une autre fenêtre ou commande a occupé la bibliothèque trop longtemps : la modification n’a pas été enregistrée ; réessayez</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py" line="212"/>
        <source>this library was made by a newer version of Carnet (schema {found}, this version reads up to {known}); it was left unchanged</source>
        <translation>cette bibliothèque a été créée par une version plus récente de Carnet (schéma {found}, cette version lit jusqu’au {known}) ; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="167"/>
        <location filename="../../app/core/digest.py" line="286"/>
        <source>Untagged</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="201"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="251"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="253"/>
        <source>§ {section}</source>
        <translation>§ {section}</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="256"/>
        <source>Tags: {tags}</source>
        <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="256"/>
        <source>Tags: none</source>
        <translation>Étiquettes : aucune</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="259"/>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="261"/>
        <source>no longer in the article’s current text</source>
        <translation>n’est plus dans le texte actuel de l’article</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="263"/>
        <source>approximate match in the current text, {score}</source>
        <translation>correspondance approchée dans le texte actuel, {score}</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="269"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="278"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="278"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="278"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="289"/>
        <source>No highlight matches this digest’s filter.</source>
        <translation>Aucun surlignage ne correspond au filtre de cette synthèse.</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="291"/>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="296"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="296"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="296"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="297"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="298"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="315"/>
        <location filename="../../app/core/digest.py" line="319"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../app/core/digest.py" line="331"/>
        <source>Also in: {outlets}.</source>
        <translation>Aussi dans : {outlets}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="36"/>
        <source>&apos;{text}&apos; is not a whole number: {what}</source>
        <translation>« {text} » n’est pas un nombre entier : {what}</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="42"/>
        <source>{number} is out of range: {what}</source>
        <translation>{number} est hors limites : {what}</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="48"/>
        <source>an id is a number from 1 to {largest}</source>
        <translation>un identifiant est un nombre de 1 à {largest}</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="50"/>
        <source>give a number of hits from 1 to {largest}</source>
        <translation>donnez un nombre de résultats de 1 à {largest}</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="51"/>
        <source>give a number of hits to skip from 0 to {largest}</source>
        <translation>donnez un nombre de résultats à sauter de 0 à {largest}</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="53"/>
        <source>occurrences are counted from 1</source>
        <translation>les occurrences se comptent à partir de 1</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="71"/>
        <source>&apos;{text}&apos; is not a number of seconds from 0.1 to 86400</source>
        <translation>« {text} » n’est pas un nombre de secondes de 0,1 à 86400</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="149"/>
        <source>{annotation}: {field}: {problem}</source>
        <translation>{annotation} : {field} : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="158"/>
        <source>expected an AnnotationCollection, an AnnotationPage or a list of annotations, found {found}</source>
        <translation>une AnnotationCollection, une AnnotationPage ou une liste d’annotations était attendue, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="163"/>
        <source>first: expected an AnnotationPage object, found {found}</source>
        <translation>first : un objet AnnotationPage était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="169"/>
        <source>expected an AnnotationCollection, an AnnotationPage or a list of annotations (its type is {type})</source>
        <translation>une AnnotationCollection, une AnnotationPage ou une liste d’annotations était attendue (son type est {type})</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="172"/>
        <source>{field}: expected a list of annotations, found {found}</source>
        <translation>{field} : une liste d’annotations était attendue, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="180"/>
        <source>annotation {number} ({id})</source>
        <translation>annotation {number} ({id})</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="181"/>
        <source>annotation {number}</source>
        <translation>annotation {number}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="186"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="188"/>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="190"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="192"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="194"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="195"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="200"/>
        <location filename="../../app/core/web_annotation.py" line="222"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="202"/>
        <source>expected an object, found {found}</source>
        <translation>un objet était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="213"/>
        <source>expected an object or a list of objects, found {found}</source>
        <translation>un objet ou une liste d’objets était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="224"/>
        <source>expected a text, found {found}</source>
        <translation>un texte était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="230"/>
        <source>expected a whole number from 0 to {largest}, found {found}</source>
        <translation>un nombre entier de 0 à {largest} était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="241"/>
        <source>&apos;{text}&apos;</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="242"/>
        <source>expected a date and time such as 2024-01-24T10:00:00Z, found {found}</source>
        <translation>une date et une heure comme 2024-01-24T10:00:00Z étaient attendues, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="253"/>
        <source>expected an urn:sha256: identifier</source>
        <translation>un identifiant urn:sha256: était attendu</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="258"/>
        <source>no TextQuoteSelector with an exact quote</source>
        <translation>aucun TextQuoteSelector avec une citation exacte</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="262"/>
        <source>the quote is empty</source>
        <translation>la citation est vide</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="264"/>
        <source>the quote is {length} characters long: Carnet imports quotes of at most {limit}</source>
        <translation>la citation fait {length} caractères : Carnet importe des citations d’au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../app/core/web_annotation.py" line="274"/>
        <source>the end comes before the start</source>
        <translation>la fin vient avant le début</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="68"/>
        <source>{path}: not UTF-8 text</source>
        <translation>{path} : pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="70"/>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path} : illisible ({error})</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="75"/>
        <source>{path}: not JSON ({error})</source>
        <translation>{path} : pas du JSON ({error})</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="77"/>
        <source>{path}: its JSON nests lists and objects deeper than an annotation file ever does</source>
        <translation>{path} : son JSON imbrique listes et objets plus profondément que ne le fait jamais un fichier d’annotations</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="82"/>
        <source>{path}: {problem}</source>
        <translation>{path} : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="101"/>
        <source>{problem} (and {more} more malformed annotations)</source>
        <translation>{problem} (et {more} autres annotations mal formées)</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="109"/>
        <source>{annotation}: {field}.value: a tag name cannot hold control characters, line breaks or tabs</source>
        <translation>{annotation} : {field}.value : un nom d’étiquette ne peut contenir ni caractères de contrôle, ni sauts de ligne, ni tabulations</translation>
    </message>
    <message>
        <location filename="../../app/services/annotation_import.py" line="189"/>
        <source>{annotation}: {field}.carnet:colour: &apos;{colour}&apos; is not a colour (#rrggbb): tag &apos;{name}&apos; gets {chosen}</source>
        <translation>{annotation} : {field}.carnet:colour : « {colour} » n’est pas une couleur (#rrvvbb) : l’étiquette « {name} » reçoit {chosen}</translation>
    </message>
    <message>
        <location filename="../../app/services/articles.py" line="33"/>
        <source>no article with id {id}</source>
        <translation>aucun article n’a l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/articles.py" line="121"/>
        <source>the citation key &apos;{key}&apos; is article {id}&apos;s already</source>
        <translation>la clé de citation « {key} » est déjà celle de l’article {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/facts.py" line="88"/>
        <source>{path}: {error}</source>
        <translation>{path} : {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/facts.py" line="93"/>
        <source>the library is read-only: nothing can be changed in it, its gazetteer neither</source>
        <translation>la bibliothèque est en lecture seule : rien ne peut y être modifié, son répertoire de noms non plus</translation>
    </message>
    <message>
        <location filename="../../app/services/facts.py" line="96"/>
        <source>kind must be place, {kinds}</source>
        <translation>le type doit être place, {kinds}</translation>
    </message>
    <message>
        <location filename="../../app/services/checking.py" line="44"/>
        <source>the library is damaged ({error}); nothing was changed. `carnet check` finds what is hit and rebuilds the search index when only that is; otherwise {advice}</source>
        <translation>la bibliothèque est endommagée ({error}) ; rien n’a été modifié. `carnet check` trouve ce qui est touché et reconstruit l’index de recherche quand seul celui-ci l’est ; sinon, {advice}</translation>
    </message>
    <message>
        <location filename="../../app/services/checking.py" line="49"/>
        <source>the library could not be read from the disk ({error}); nothing was changed</source>
        <translation>la bibliothèque n’a pas pu être lue sur le disque ({error}) ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../app/services/checking.py" line="58"/>
        <source>the library is damaged ({what} cannot be found); nothing was changed. `carnet check` says what is hit; {advice}</source>
        <translation>la bibliothèque est endommagée ({what} est introuvable) ; rien n’a été modifié. `carnet check` dit ce qui est touché ; {advice}</translation>
    </message>
    <message>
        <location filename="../../app/services/checking.py" line="144"/>
        <source>the repaired copy is not whole ({problems})</source>
        <translation>la copie réparée n’est pas intacte ({problems})</translation>
    </message>
    <message>
        <location filename="../../app/store/library.py" line="105"/>
        <source>its last changes are in its -wal file, without the -shm file SQLite needs beside it, and the private copy that would let them be read could not be made ({error})</source>
        <translation>ses dernières modifications sont dans son fichier -wal, sans le fichier -shm dont SQLite a besoin à côté, et la copie privée qui permettrait de les lire n’a pas pu être faite ({error})</translation>
    </message>
    <message>
        <location filename="../../app/store/locking.py" line="62"/>
        <source>cannot open the library&apos;s lock file: {error}</source>
        <translation>impossible d’ouvrir le fichier de verrou de la bibliothèque : {error}</translation>
    </message>
    <message>
        <location filename="../../app/store/locking.py" line="75"/>
        <source>the library is being restored or repaired by another command; try again when it has finished</source>
        <translation>une autre commande restaure ou répare la bibliothèque ; réessayez quand elle aura fini</translation>
    </message>
    <message>
        <location filename="../../app/store/locking.py" line="90"/>
        <source>cannot lock the library: {error}</source>
        <translation>impossible de verrouiller la bibliothèque : {error}</translation>
    </message>
    <message>
        <location filename="../../app/store/locking.py" line="96"/>
        <source>another window or command has the library open: close the window and the other commands first, then try again</source>
        <translation>une autre fenêtre ou commande a ouvert la bibliothèque : fermez d’abord la fenêtre et les autres commandes, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="32"/>
        <source>text file</source>
        <translation>fichier texte</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="33"/>
        <source>Markdown file</source>
        <translation>fichier Markdown</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="34"/>
        <source>web page</source>
        <translation>page web</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="35"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="36"/>
        <location filename="../../app/importers/docx.py" line="32"/>
        <source>Word document</source>
        <translation>document Word</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="37"/>
        <location filename="../../app/importers/epub.py" line="31"/>
        <source>EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="49"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="57"/>
        <source>this format is not supported</source>
        <translation>ce format n’est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="64"/>
        <source>{formats} cannot be read here: a library Carnet needs for them did not load ({detail}); installing Carnet again should bring it back</source>
        <translation>impossible de lire les {formats} ici : une bibliothèque dont Carnet a besoin pour eux n’a pas pu être chargée ({detail}) ; réinstaller Carnet devrait la rétablir</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="69"/>
        <source>text files</source>
        <translation>fichiers texte</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="70"/>
        <source>Markdown files</source>
        <translation>fichiers Markdown</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="71"/>
        <source>web pages</source>
        <translation>pages web</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="72"/>
        <source>PDFs</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="73"/>
        <source>Word documents</source>
        <translation>documents Word</translation>
    </message>
    <message>
        <location filename="../../app/importers/__init__.py" line="74"/>
        <source>EPUBs</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <location filename="../../app/importers/archives.py" line="53"/>
        <source>this {kind} is damaged: its contents cannot be unpacked</source>
        <translation>ce fichier ({kind}) est endommagé : son contenu ne peut pas être décompressé</translation>
    </message>
    <message>
        <location filename="../../app/importers/archives.py" line="73"/>
        <location filename="../../app/importers/archives.py" line="79"/>
        <source>this {kind} holds too many parts ({count}; the limit is {limit})</source>
        <translation>ce fichier ({kind}) contient trop de parties ({count} ; la limite est de {limit})</translation>
    </message>
    <message>
        <location filename="../../app/importers/archives.py" line="87"/>
        <source>this {kind} looks like a zip bomb: its part {member} would grow {ratio} times when unpacked (the limit is {limit})</source>
        <translation>ce fichier ({kind}) ressemble à une bombe de décompression : sa partie {member} grossirait {ratio} fois une fois décompressée (la limite est de {limit})</translation>
    </message>
    <message>
        <location filename="../../app/importers/archives.py" line="113"/>
        <source>this {kind} is too large unpacked: its part {member} holds {size} MB (the limit is {limit} MB)</source>
        <translation>ce fichier ({kind}) est trop volumineux une fois décompressé : sa partie {member} fait {size} Mo (la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <location filename="../../app/importers/archives.py" line="119"/>
        <source>this {kind} is too large unpacked: over {size} MB in all (the limit is {limit} MB)</source>
        <translation>ce fichier ({kind}) est trop volumineux une fois décompressé : plus de {size} Mo en tout (la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <location filename="../../app/importers/worker_process.py" line="79"/>
        <source>reading it needed more than {memory} MB of memory, the limit for one file</source>
        <translation>sa lecture demandait plus de {memory} Mo de mémoire, la limite pour un fichier</translation>
    </message>
    <message>
        <location filename="../../app/importers/worker_process.py" line="82"/>
        <source>it is nested too deeply to be read</source>
        <translation>il est imbriqué trop profondément pour être lu</translation>
    </message>
    <message>
        <location filename="../../app/importers/worker_process.py" line="84"/>
        <source>this {format} could not be read: it is damaged, or made in a way Carnet cannot read</source>
        <translation>impossible de lire ce fichier ({format}) : il est endommagé, ou construit d’une façon que Carnet ne sait pas lire</translation>
    </message>
    <message>
        <location filename="../../app/importers/workers.py" line="371"/>
        <source>it took longer than {seconds} seconds to read, the limit for one file</source>
        <translation>sa lecture a pris plus de {seconds} secondes, la limite pour un fichier</translation>
    </message>
    <message>
        <location filename="../../app/importers/workers.py" line="398"/>
        <source>the reader stopped while reading it: the file may be damaged, or need more than {memory} MB of memory</source>
        <translation>le lecteur s’est arrêté pendant sa lecture : le fichier est peut-être endommagé, ou demande plus de {memory} Mo de mémoire</translation>
    </message>
    <message>
        <location filename="../../app/services/child_process.py" line="72"/>
        <source>the reading stopped before its end</source>
        <translation>la lecture s’est arrêtée avant la fin</translation>
    </message>
    <message>
        <location filename="../../app/services/child_process.py" line="112"/>
        <source>the reading failed: {error}</source>
        <translation>la lecture a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/core/article_details.py" line="40"/>
        <source>{field} is not a detail of an article</source>
        <translation>{field} n’est pas un détail d’un article</translation>
    </message>
    <message>
        <location filename="../../app/core/article_details.py" line="64"/>
        <source>the {field} holds a control character</source>
        <translation>le champ {field} contient un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../../app/core/article_details.py" line="66"/>
        <source>the title cannot be empty</source>
        <translation>le titre ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../app/core/article_details.py" line="79"/>
        <source>the date {date} does not exist</source>
        <translation>la date {date} n’existe pas</translation>
    </message>
    <message>
        <location filename="../../app/core/article_details.py" line="84"/>
        <source>the date must be written YYYY-MM-DD (or YYYY-MM, or YYYY): not {date}</source>
        <translation>la date s’écrit AAAA-MM-JJ (ou AAAA-MM, ou AAAA) : pas {date}</translation>
    </message>
    <message>
        <location filename="../../app/core/article_details.py" line="98"/>
        <source>the URL must be a web address starting with http:// or https://: not {url}</source>
        <translation>l’URL doit être une adresse web commençant par http:// ou https:// : pas {url}</translation>
    </message>
    <message>
        <location filename="../../app/core/article_details.py" line="106"/>
        <source>the language must be a two-letter code such as fr or en: not {language}</source>
        <translation>la langue est un code de deux lettres comme fr ou en : pas {language}</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest_command.py" line="34"/>
        <source>&apos;{text}&apos; is not a passage: write ARTICLE:START-END or ARTICLE:START-END:TAG[,TAG]</source>
        <translation>« {text} » n’est pas un passage : écrivez ARTICLE:DÉBUT-FIN ou ARTICLE:DÉBUT-FIN:ÉTIQUETTE[,ÉTIQUETTE]</translation>
    </message>
    <message>
        <location filename="../../app/cli/suggest_command.py" line="38"/>
        <source>&apos;{text}&apos;: a passage ends after it starts</source>
        <translation>« {text} » : un passage finit après son début</translation>
    </message>
    <message>
        <location filename="../../app/services/suggesting.py" line="215"/>
        <source>no suggestion of article {article} holds {start}–{end}</source>
        <translation>aucune suggestion de l’article {article} ne contient {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/services/stories.py" line="98"/>
        <source>article {id} is not grouped with any other</source>
        <translation>l’article {id} n’est regroupé avec aucun autre</translation>
    </message>
    <message>
        <location filename="../../app/services/stories.py" line="117"/>
        <source>articles {first} and {second} are already one story</source>
        <translation>les articles {first} et {second} forment déjà un seul sujet</translation>
    </message>
    <message>
        <location filename="../../app/importers/feeds.py" line="51"/>
        <location filename="../../app/importers/feeds.py" line="82"/>
        <source>this is not a feed (RSS, Atom or JSON Feed)</source>
        <translation>ce n’est pas un fil (RSS, Atom ou JSON Feed)</translation>
    </message>
    <message>
        <location filename="../../app/importers/feeds.py" line="52"/>
        <location filename="../../app/importers/feeds.py" line="80"/>
        <location filename="../../app/services/feeds.py" line="223"/>
        <source>this feed cannot be read: {error}</source>
        <translation>ce fil ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../../app/importers/feeds.py" line="168"/>
        <source>this OPML file cannot be read: {error}</source>
        <translation>ce fichier OPML ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../../app/importers/feeds.py" line="170"/>
        <source>this is not an OPML file (no &lt;opml&gt; with a &lt;body&gt;)</source>
        <translation>ce n’est pas un fichier OPML (pas de &lt;opml&gt; avec un &lt;body&gt;)</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="61"/>
        <source>{address}: {reason}</source>
        <translation>{address} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="142"/>
        <source>this is not a web address (http:// or https://)</source>
        <translation>ce n’est pas une adresse web (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="156"/>
        <source>the server redirects this address in a loop</source>
        <translation>le serveur redirige cette adresse en boucle</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="158"/>
        <source>the server redirects to something that is not a web address</source>
        <translation>le serveur redirige vers ce qui n’est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="160"/>
        <source>the server redirects more than {count} times</source>
        <translation>le serveur redirige plus de {count} fois</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="183"/>
        <source>the server did not answer within {seconds} seconds</source>
        <translation>le serveur n’a pas répondu en {seconds} secondes</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="186"/>
        <source>the server sent a damaged compressed answer</source>
        <translation>le serveur a envoyé une réponse compressée endommagée</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="190"/>
        <source>this is not a valid web address</source>
        <translation>ce n’est pas une adresse web valable</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="202"/>
        <source>there is no page at this address (the server answered {status})</source>
        <translation>il n’y a pas de page à cette adresse (le serveur a répondu {status})</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="205"/>
        <source>the server answered {status} {phrase}</source>
        <translation>le serveur a répondu {status} {phrase}</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="225"/>
        <source>too large: the page is over {limit} MB, the limit is {limit} MB</source>
        <translation>trop volumineux : la page dépasse {limit} Mo, la limite est de {limit} Mo</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="248"/>
        <source>unknown host: no server is known by the name {host}</source>
        <translation>hôte inconnu : aucun serveur ne porte le nom {host}</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="251"/>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="253"/>
        <source>the secure connection failed: {error}</source>
        <translation>la connexion sécurisée a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="255"/>
        <source>the server&apos;s answer could not be read: {error}</source>
        <translation>la réponse du serveur n’a pas pu être lue : {error}</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="257"/>
        <source>the connection failed: {error}</source>
        <translation>la connexion a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="284"/>
        <source>this is not a web page or a PDF (the server sent {type})</source>
        <translation>ce n’est ni une page web ni un PDF (le serveur a envoyé {type})</translation>
    </message>
    <message>
        <location filename="../../app/importers/web_fetch.py" line="285"/>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <location filename="../../app/services/feeds.py" line="89"/>
        <source>{url}: this is not a web address (http:// or https://)</source>
        <translation>{url} : ce n’est pas une adresse web (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../app/services/feeds.py" line="94"/>
        <source>{url}: this feed is followed already, as feed {id} ({name})</source>
        <translation>{url} : ce fil est déjà suivi, comme fil {id} ({name})</translation>
    </message>
    <message>
        <location filename="../../app/services/feeds.py" line="113"/>
        <source>several feeds are named &apos;{name}&apos;: give its id (see `carnet feed list`)</source>
        <translation>plusieurs fils s’appellent « {name} » : donnez son numéro (voir `carnet feed list`)</translation>
    </message>
    <message>
        <location filename="../../app/services/feeds.py" line="115"/>
        <source>no feed is named &apos;{name}&apos; (see `carnet feed list`)</source>
        <translation>aucun fil ne s’appelle « {name} » (voir `carnet feed list`)</translation>
    </message>
    <message>
        <location filename="../../app/services/feeds.py" line="128"/>
        <source>{path}: unreadable: {error}</source>
        <translation>{path} : illisible : {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/feeds.py" line="210"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../app/services/web_importing.py" line="47"/>
        <source>this page holds no article (it may ask to accept cookies, to subscribe or to sign in)</source>
        <translation>cette page ne contient aucun article (elle demande peut-être d’accepter des cookies, de s’abonner ou de se connecter)</translation>
    </message>
    <message>
        <location filename="../../app/services/web_importing.py" line="199"/>
        <source>the download failed: {error}</source>
        <translation>le téléchargement a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/web_importing.py" line="262"/>
        <source>the page could not be saved for reading: {error}</source>
        <translation>la page n’a pas pu être enregistrée pour être lue : {error}</translation>
    </message>
    <message>
        <location filename="../../app/store/feeds.py" line="74"/>
        <location filename="../../app/store/feeds.py" line="81"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../app/cli/capture_command.py" line="35"/>
        <source>the library is open for reading only: captured pages could not be stored</source>
        <translation>la bibliothèque est ouverte en lecture seule : les pages capturées ne pourraient pas être enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/core/capture.py" line="58"/>
        <source>the capture is not JSON in UTF-8</source>
        <translation>la capture n’est pas du JSON en UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/core/capture.py" line="60"/>
        <source>the capture is not a JSON object</source>
        <translation>la capture n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../app/core/capture.py" line="67"/>
        <source>the capture&apos;s field &apos;{field}&apos; is not text</source>
        <translation>le champ « {field} » de la capture n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../../app/core/capture.py" line="71"/>
        <source>the capture&apos;s address is not an http or https address: {url}</source>
        <translation>l’adresse de la capture n’est pas une adresse http ou https : {url}</translation>
    </message>
    <message>
        <location filename="../../app/core/capture.py" line="74"/>
        <source>the capture of {url} holds no HTML</source>
        <translation>la capture de {url} ne contient pas de HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture_controller.py" line="87"/>
        <source>Carnet is still saving the page; the window will show it</source>
        <translation>Carnet enregistre encore la page ; la fenêtre l’affichera</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture_controller.py" line="141"/>
        <source>the library was closed</source>
        <translation>la bibliothèque a été fermée</translation>
    </message>
    <message>
        <location filename="../../app/cli/team_commands.py" line="127"/>
        <source>`carnet team grant` works on a team library: name it with --library postgresql://host/dbname (before `team`)</source>
        <translation>`carnet team grant` s’applique à une bibliothèque d’équipe : nommez-la avec --library postgresql://hôte/base (avant `team`)</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="24"/>
        <source>{library}: {reason}</source>
        <translation>{library} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="61"/>
        <source>this is not a PostgreSQL address Carnet can read ({error})</source>
        <translation>ce n’est pas une adresse PostgreSQL que Carnet sait lire ({error})</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="81"/>
        <source>the server {host} is unknown: check the name in the address</source>
        <translation>le serveur {host} est inconnu : vérifiez le nom dans l’adresse</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="84"/>
        <source>the server refused the password of {user}: check it (in ~/.pgpass, the service file or PGPASSWORD)</source>
        <translation>le serveur a refusé le mot de passe de {user} : vérifiez-le (dans ~/.pgpass, le fichier de service ou PGPASSWORD)</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="88"/>
        <source>the server wants a password for {user}: give it in ~/.pgpass, a service file or PGPASSWORD</source>
        <translation>le serveur demande un mot de passe pour {user} : donnez-le dans ~/.pgpass, un fichier de service ou PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="93"/>
        <source>the server has no database named {database}: ask its administrator to create it, then run `carnet team init`</source>
        <translation>le serveur n’a pas de base nommée {database} : demandez à son administrateur de la créer, puis lancez `carnet team init`</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="98"/>
        <source>the server has no role named {user}: ask the team library&apos;s administrator to add you</source>
        <translation>le serveur n’a pas de rôle nommé {user} : demandez à l’administrateur de la bibliothèque d’équipe de vous ajouter</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="102"/>
        <source>the server does not let this role connect to the database: ask the team library&apos;s administrator</source>
        <translation>le serveur ne laisse pas ce rôle se connecter à la base : adressez-vous à l’administrateur de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="105"/>
        <source>no PostgreSQL server answers at {host}: check that it runs and the address is right</source>
        <translation>aucun serveur PostgreSQL ne répond à {host} : vérifiez qu’il tourne et que l’adresse est juste</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="108"/>
        <source>the server {host} did not answer within {seconds} seconds</source>
        <translation>le serveur {host} n’a pas répondu en {seconds} secondes</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/connection.py" line="110"/>
        <source>cannot connect to the team library: {error}</source>
        <translation>impossible de se connecter à la bibliothèque d’équipe : {error}</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/schema.py" line="77"/>
        <source>this team library was made by a newer version of Carnet (schema {found}, this version reads up to {known}); it was left unchanged</source>
        <translation>cette bibliothèque d’équipe a été faite par une version plus récente de Carnet (schéma {found}, cette version lit jusqu’au {known}) ; elle est restée inchangée</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/schema.py" line="89"/>
        <source>this role may not create the team library&apos;s tables ({error}): run `carnet team init` as the database&apos;s owner</source>
        <translation>ce rôle ne peut pas créer les tables de la bibliothèque d’équipe ({error}) : lancez `carnet team init` en tant que propriétaire de la base</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/schema.py" line="99"/>
        <source>this database holds no team library yet: `carnet team init` creates one</source>
        <translation>cette base ne contient pas encore de bibliothèque d’équipe : `carnet team init` en crée une</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/schema.py" line="102"/>
        <source>this team library was made by a newer version of Carnet (schema {found}, this version reads up to {known}): update Carnet to open it</source>
        <translation>cette bibliothèque d’équipe a été faite par une version plus récente de Carnet (schéma {found}, cette version lit jusqu’au {known}) : mettez Carnet à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/schema.py" line="106"/>
        <source>this team library has an older schema ({found}, this version needs {known}): `carnet team init` brings it up to date</source>
        <translation>cette bibliothèque d’équipe a un schéma plus ancien ({found}, cette version demande le {known}) : `carnet team init` la met à jour</translation>
    </message>
    <message>
        <location filename="../../app/team/library.py" line="59"/>
        <source>{access} is not an access level: reader, editor or admin</source>
        <translation>{access} n’est pas un niveau d’accès : reader, editor ou admin</translation>
    </message>
    <message>
        <location filename="../../app/team/library.py" line="66"/>
        <source>the server has no role named {role}: create it first (`createuser --pwprompt {role}`)</source>
        <translation>le serveur n’a pas de rôle nommé {role} : créez-le d’abord (`createuser --pwprompt {role}`)</translation>
    </message>
    <message>
        <location filename="../../app/team/library.py" line="73"/>
        <source>this role may not give access to the team library ({error}): ask its administrator</source>
        <translation>ce rôle ne peut pas donner accès à la bibliothèque d’équipe ({error}) : adressez-vous à son administrateur</translation>
    </message>
    <message>
        <location filename="../../app/team/transfer.py" line="179"/>
        <source>this folder holds a library already: pull into a new folder</source>
        <translation>ce dossier contient déjà une bibliothèque : copiez dans un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../app/services/qda_exchange.py" line="262"/>
        <source>{path} could not be written ({error})</source>
        <translation>{path} n’a pas pu être écrit ({error})</translation>
    </message>
    <message>
        <location filename="../../app/services/qda_exchange.py" line="270"/>
        <source>{path} is not a regular file</source>
        <translation>{path} n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../app/services/qda_exchange.py" line="290"/>
        <source>{path} holds no project.qde: it is not a REFI-QDA project</source>
        <translation>{path} ne contient pas de project.qde : ce n’est pas un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/services/qda_exchange.py" line="294"/>
        <source>{path} is not a .qdpx archive (not a zip file)</source>
        <translation>{path} n’est pas une archive .qdpx (ce n’est pas un fichier zip)</translation>
    </message>
    <message>
        <location filename="../../app/services/qda_exchange.py" line="298"/>
        <location filename="../../app/services/qda_exchange.py" line="322"/>
        <source>{path} cannot be read ({error})</source>
        <translation>{path} ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <location filename="../../app/services/vault_export.py" line="78"/>
        <source>{folder} cannot be made ({error})</source>
        <translation>{folder} ne peut pas être créé ({error})</translation>
    </message>
    <message>
        <location filename="../../app/core/citation_keys.py" line="69"/>
        <source>the citation key &apos;{key}&apos; must be lower-case letters, digits and - _ : . (starting with a letter or digit)</source>
        <translation>la clé de citation « {key} » doit être faite de minuscules, de chiffres et de - _ : . (en commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <location filename="../../app/importers/references.py" line="51"/>
        <source>cannot be read as UTF-8 text ({error})</source>
        <translation>ne peut pas être lu comme du texte UTF-8 ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importers/references.py" line="55"/>
        <source>is not a reference file (.bib, .ris or CSL-JSON .json)</source>
        <translation>n’est pas un fichier de références (.bib, .ris ou CSL-JSON .json)</translation>
    </message>
    <message>
        <location filename="../../app/importers/references.py" line="58"/>
        <source>holds no reference</source>
        <translation>ne contient aucune référence</translation>
    </message>
    <message>
        <location filename="../../app/importers/references.py" line="80"/>
        <source>holds no BibTeX entry that can be read</source>
        <translation>ne contient aucune entrée BibTeX lisible</translation>
    </message>
    <message>
        <location filename="../../app/importers/references.py" line="111"/>
        <source>is not a RIS file ({error})</source>
        <translation>n’est pas un fichier RIS ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importers/references.py" line="144"/>
        <source>is not JSON ({error})</source>
        <translation>n’est pas du JSON ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importers/references.py" line="146"/>
        <source>holds no list of CSL items</source>
        <translation>ne contient aucune liste d’éléments CSL</translation>
    </message>
    <message>
        <location filename="../../app/importers/zotero.py" line="59"/>
        <source>holds no zotero.sqlite</source>
        <translation>ne contient pas de zotero.sqlite</translation>
    </message>
    <message>
        <location filename="../../app/importers/zotero.py" line="70"/>
        <source>is not a Zotero database ({error})</source>
        <translation>n’est pas une base de données Zotero ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importers/zotero.py" line="86"/>
        <source>has no collection named {names}</source>
        <translation>n’a pas de collection nommée {names}</translation>
    </message>
    <message>
        <location filename="../../app/services/citation_styles.py" line="106"/>
        <source>the style {style} is not installed with this Carnet</source>
        <translation>le style {style} n’est pas installé avec ce Carnet</translation>
    </message>
    <message>
        <location filename="../../app/services/citation_styles.py" line="110"/>
        <source>&apos;{style}&apos; is not a style: name one of {names}, or a .csl file</source>
        <translation>« {style} » n’est pas un style : nommez l’un de {names}, ou un fichier .csl</translation>
    </message>
    <message>
        <location filename="../../app/services/citation_styles.py" line="113"/>
        <source>{path} is not a file</source>
        <translation>{path} n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../app/services/citation_styles.py" line="127"/>
        <source>{path} is a dependent style and its parent style {parent} is neither one Carnet ships nor a .csl file beside it</source>
        <translation>{path} est un style dépendant, et son style parent {parent} n’est ni un style fourni avec Carnet ni un fichier .csl placé à côté</translation>
    </message>
    <message>
        <location filename="../../app/services/citation_styles.py" line="135"/>
        <source>{path} is not a CSL style ({error})</source>
        <translation>{path} n’est pas un style CSL ({error})</translation>
    </message>
    <message>
        <location filename="../../app/services/citation_styles.py" line="255"/>
        <source>this style cannot be applied by citeproc-py ({error})</source>
        <translation>citeproc-py ne sait pas appliquer ce style ({error})</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/database.py" line="169"/>
        <source>your role in this team library may not make this change (a reader&apos;s role, or a right the administrator has not given): nothing was changed</source>
        <translation>votre rôle dans cette bibliothèque d’équipe ne permet pas ce changement (un rôle de lecteur, ou un droit que l’administrateur n’a pas donné) : rien n’a été changé</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/database.py" line="172"/>
        <source>another member&apos;s change kept this part of the team library busy for too long: the change was not saved; try it again</source>
        <translation>le changement d’un autre membre a occupé cette partie de la bibliothèque d’équipe trop longtemps : le changement n’a pas été enregistré ; réessayez</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/database.py" line="175"/>
        <source>the team library&apos;s server only reads at the moment (a standby or a read-only server): nothing was changed</source>
        <translation>le serveur de la bibliothèque d’équipe ne fait que lire pour l’instant (un serveur de secours ou en lecture seule) : rien n’a été changé</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/database.py" line="179"/>
        <source>the connection to the team library&apos;s server was lost ({error}): the last change was not saved</source>
        <translation>la connexion au serveur de la bibliothèque d’équipe a été perdue ({error}) : le dernier changement n’a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres/team_library.py" line="189"/>
        <source>the role {role} is not a member of this team library: ask its administrator to run `carnet team grant {role} editor`</source>
        <translation>le rôle {role} n’est pas membre de cette bibliothèque d’équipe : demandez à son administrateur de lancer `carnet team grant {role} editor`</translation>
    </message>
    <message>
        <location filename="../../app/services/note_conflicts.py" line="22"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location filename="../../app/services/note_conflicts.py" line="40"/>
        <source>conflict: your version replaced {name}&apos;s, saved meanwhile; theirs is kept in the note&apos;s history</source>
        <translation>conflit : votre version a remplacé celle que {name} a enregistrée entre-temps ; la sienne est gardée dans l’historique de la note</translation>
    </message>
    <message>
        <location filename="../../app/services/note_conflicts.py" line="42"/>
        <source>conflict: {name}&apos;s version replaced yours; yours is kept in the note&apos;s history</source>
        <translation>conflit : une version enregistrée par {name} a remplacé la vôtre ; la vôtre est gardée dans l’historique de la note</translation>
    </message>
    <message>
        <location filename="../../app/services/note_conflicts.py" line="60"/>
        <source>{name} has changed this note since your edit: undo would replace their text, so it was left as it is (the note&apos;s history keeps yours)</source>
        <translation>{name} a modifié cette note depuis votre modification : l’annuler remplacerait son texte, elle a donc été laissée telle quelle (l’historique de la note garde le vôtre)</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="21"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="23"/>
        <source>research notes for news articles: import, read, search, highlight and tag, export cited digests.</source>
        <translation>notes de recherche pour articles de presse : importer, lire, chercher, surligner et étiqueter, exporter des synthèses citées.</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="26"/>
        <source>Article details</source>
        <translation>Détails de l’article</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="32"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="33"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="33"/>
        <source>the outlet or publisher</source>
        <translation>le média ou l’éditeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="34"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="35"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="35"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="36"/>
        <source>&amp;Web address</source>
        <translation>Adresse &amp;web</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="37"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="37"/>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="38"/>
        <source>C&amp;itation key</source>
        <translation>Clé de c&amp;itation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="39"/>
        <source>author, year, word: lemonde2024usines</source>
        <translation>auteur, année, mot : lemonde2024usines</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="47"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="55"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/article_details.py" line="56"/>
        <source>This date is the file&apos;s own creation date, not when the text was published: correct it or clear it.</source>
        <translation>Cette date est celle de la création du fichier, pas de la publication du texte : corrigez-la ou effacez-la.</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../app/ui/widgets/article_row_delegate.py" line="66"/>
        <source>1 highlight</source>
        <translation>1 surlignage</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/article_row_delegate.py" line="67"/>
        <source>{count} highlights</source>
        <translation>{count} surlignages</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/article_row_delegate.py" line="70"/>
        <source>also in: {outlets}</source>
        <translation>aussi dans : {outlets}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/article_row_delegate.py" line="71"/>
        <source>article {id}</source>
        <translation>article {id}</translation>
    </message>
</context>
<context>
    <name>ArticleListView</name>
    <message>
        <location filename="../../app/ui/widgets/article_list.py" line="20"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="32"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="32"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="33"/>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="33"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="34"/>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="108"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="109"/>
        <source>◀ &amp;Previous Part</source>
        <translation>◀ Partie &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="110"/>
        <source>&amp;Next Part ▶</source>
        <translation>Partie &amp;suivante ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="105"/>
        <source>Select an article to read it.</source>
        <translation>Choisissez un article pour le lire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="152"/>
        <source>A long article: characters {start}–{end} of {total}</source>
        <translation>Un long article : caractères {start} à {end} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader.py" line="404"/>
        <source>untagged</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reader_structure.py" line="63"/>
        <source>Click to open in the browser</source>
        <translation>Cliquer pour ouvrir dans le navigateur</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../app/ui/models/article_table_model.py" line="35"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/article_table_model.py" line="35"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/article_table_model.py" line="36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/article_table_model.py" line="36"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/article_table_model.py" line="181"/>
        <source>{source} +{count}</source>
        <translation>{source} +{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/article_table_model.py" line="186"/>
        <source>article {id}</source>
        <translation>article {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/article_table_model.py" line="189"/>
        <source>Also in: {outlets}</source>
        <translation>Aussi dans : {outlets}</translation>
    </message>
</context>
<context>
    <name>AwayEdits</name>
    <message>
        <location filename="../../app/ui/away_edits.py" line="55"/>
        <source>The team library&apos;s server answers again.</source>
        <translation>Le serveur de la bibliothèque d’équipe répond de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/away_edits.py" line="64"/>
        <source>Saved the notes typed while the server was away: {count}</source>
        <translation>Notes saisies pendant l’absence du serveur, enregistrées : {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/away_edits.py" line="71"/>
        <source>The team library&apos;s server cannot be reached: notes typed now are kept and saved when it answers ({count} waiting).</source>
        <translation>Le serveur de la bibliothèque d’équipe est injoignable : les notes saisies maintenant sont gardées et enregistrées dès qu’il répond ({count} en attente).</translation>
    </message>
</context>
<context>
    <name>BookmarkletDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="19"/>
        <source>“Save to Carnet” Bookmarklet</source>
        <translation>Bookmarklet « Enregistrer dans Carnet »</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="25"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="30"/>
        <source>Bookmarklet:</source>
        <translation>Bookmarklet :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="32"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="33"/>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="36"/>
        <source>Carnet listens on this computer only (127.0.0.1), and only while this library is open. The token is the key: anyone who has it can add pages to this library, so do not share the bookmarklet. A new token is made each time the library is opened: copy the bookmarklet again then.</source>
        <translation>Carnet n’écoute que sur cet ordinateur (127.0.0.1), et seulement tant que cette bibliothèque est ouverte. Le jeton est la clé : qui le détient peut ajouter des pages à cette bibliothèque, ne partagez donc pas le bookmarklet. Un nouveau jeton est créé à chaque ouverture de la bibliothèque : copiez alors le bookmarklet de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="46"/>
        <source>Save to Carnet is off: the library is open for reading only, or it was turned off in Preferences.</source>
        <translation>« Enregistrer dans Carnet » est désactivé : la bibliothèque est ouverte en lecture seule, ou la fonction a été désactivée dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="52"/>
        <source>Copy this bookmarklet and paste it as the address (URL) of a new bookmark in your browser. On any page, click the bookmark to save the page to Carnet; text selected on the page becomes a highlight. The browser extension (packaging/browser) asks for the port and the token below instead.</source>
        <translation>Copiez ce bookmarklet et collez-le comme adresse (URL) d’un nouveau marque-page de votre navigateur. Sur n’importe quelle page, cliquez sur ce marque-page pour enregistrer la page dans Carnet ; le texte sélectionné sur la page devient un surlignage. L’extension de navigateur (packaging/browser) demande plutôt le port et le jeton ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/bookmarklet_dialog.py" line="63"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../app/ui/capture_controller.py" line="75"/>
        <source>Save to Carnet is off: {error}</source>
        <translation>« Enregistrer dans Carnet » est désactivé : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture_controller.py" line="101"/>
        <source>Saving {url}…</source>
        <translation>Enregistrement de {url}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture_controller.py" line="109"/>
        <source>Save to Carnet: {result}</source>
        <translation>Enregistrer dans Carnet : {result}</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture_controller.py" line="118"/>
        <source>Save to Carnet: {url} was not saved: {reason}</source>
        <translation>Enregistrer dans Carnet : {url} n’a pas été enregistrée : {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands/article_commands.py" line="21"/>
        <source>Delete article « {title} »</source>
        <translation>la suppression de l’article « {title} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/article_commands.py" line="40"/>
        <source>Edit article details</source>
        <translation>la modification des détails de l’article</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/highlight_commands.py" line="23"/>
        <source>Highlight</source>
        <translation>le surlignage</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/highlight_commands.py" line="43"/>
        <source>Delete highlight « {quote} »</source>
        <translation>la suppression du surlignage « {quote} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/highlight_commands.py" line="66"/>
        <source>Untag {tag}</source>
        <translation>le retrait de l’étiquette {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/highlight_commands.py" line="66"/>
        <source>Tag {tag}</source>
        <translation>l’ajout de l’étiquette {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/highlight_commands.py" line="93"/>
        <source>Edit note</source>
        <translation>la modification de la note</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/highlight_commands.py" line="133"/>
        <source>{conflict}: Undo brings theirs back</source>
        <translation>{conflict} : Édition ▸ Annuler remet la sienne</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/highlight_commands.py" line="152"/>
        <source>Edit private note</source>
        <translation>la modification de la note privée</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/suggestion_commands.py" line="47"/>
        <source>Accept suggestion</source>
        <translation>l’acceptation de la suggestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/suggestion_commands.py" line="56"/>
        <source>Reject suggestion ({tag})</source>
        <translation>le refus de la suggestion ({tag})</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/tag_commands.py" line="52"/>
        <source>Delete tag {tag}</source>
        <translation>la suppression de l’étiquette {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/tag_commands.py" line="67"/>
        <source>Merge {source} into {target}</source>
        <translation>la fusion de {source} dans {target}</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/tag_commands.py" line="88"/>
        <source>New tag {tag}</source>
        <translation>la création de l’étiquette {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="108"/>
        <source>Highlight as {tag}</source>
        <translation>le surlignage comme {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/story_commands.py" line="29"/>
        <source>Split article {id} off its story</source>
        <translation>le détachement de l’article {id} de son sujet</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands/story_commands.py" line="43"/>
        <source>Join the stories of articles {first} and {second}</source>
        <translation>la réunion des sujets des articles {first} et {second}</translation>
    </message>
</context>
<context>
    <name>ConfirmDeletion</name>
    <message>
        <location filename="../../app/ui/dialogs/confirm_deletion.py" line="17"/>
        <source>Delete « {title} »?</source>
        <translation>Supprimer « {title} » ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_deletion.py" line="19"/>
        <source>Delete « {title} » and its highlight?</source>
        <translation>Supprimer « {title} » et son surlignage ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_deletion.py" line="21"/>
        <source>Delete « {title} » and its {count} highlights?</source>
        <translation>Supprimer « {title} » et ses {count} surlignages ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_deletion.py" line="23"/>
        <source>Delete article</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_deletion.py" line="25"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Ctrl+Z (Édition ▸ Annuler la suppression) le fait revenir.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/messages.py" line="30"/>
        <source>{date} (the file&apos;s date)</source>
        <translation>{date} (date du fichier)</translation>
    </message>
</context>
<context>
    <name>EmptyLibraryPanel</name>
    <message>
        <location filename="../../app/ui/widgets/empty_library.py" line="40"/>
        <source>This library holds no articles yet</source>
        <translation>Cette bibliothèque ne contient encore aucun article</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/empty_library.py" line="42"/>
        <source>Import text, Markdown, web pages, PDF, Word or EPUB files, or a whole folder of them; you can also drop them on this window. To try Carnet first, add the five sample articles on the EU&apos;s AI factories.</source>
        <translation>Importez des fichiers texte, Markdown, pages web, PDF, Word ou EPUB, ou tout un dossier ; vous pouvez aussi les déposer sur cette fenêtre. Pour essayer Carnet d’abord, ajoutez les cinq articles d’exemple sur les usines d’IA de l’UE.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/empty_library.py" line="45"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/empty_library.py" line="45"/>
        <source>Import a &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/empty_library.py" line="46"/>
        <source>Add the &amp;Sample Articles</source>
        <translation>Ajouter les articles d’&amp;exemple</translation>
    </message>
</context>
<context>
    <name>ExchangeChooser</name>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="36"/>
        <source>Import references</source>
        <translation>Importer des références</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="37"/>
        <source>References: BibTeX, RIS, CSL-JSON ({patterns})</source>
        <translation>Références : BibTeX, RIS, CSL-JSON ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="44"/>
        <source>Import a REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="45"/>
        <source>REFI-QDA project or codebook (*.qdpx *.qdc)</source>
        <translation>Projet ou livre de codes REFI-QDA (*.qdpx *.qdc)</translation>
    </message>
</context>
<context>
    <name>ExchangeImports</name>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="100"/>
        <source>The import of references stopped</source>
        <translation>L’import des références s’est arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="106"/>
        <source>{path}: not read: {reason}</source>
        <translation>{path} : non lu : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="114"/>
        <source>References imported</source>
        <translation>Références importées</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="128"/>
        <source>The import from Zotero stopped</source>
        <translation>L’import depuis Zotero s’est arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="109"/>
        <source>{path}: articles completed: {matched}; reference-only entries made: {created}</source>
        <translation>{path} : articles complétés : {matched} ; références seules créées : {created}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="112"/>
        <source>Articles completed: {matched}; reference-only entries made: {created}</source>
        <translation>Articles complétés : {matched} ; références seules créées : {created}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="131"/>
        <source>Brought from Zotero: articles: {articles}; highlights: {highlights}</source>
        <translation>Repris de Zotero : articles : {articles} ; surlignages : {highlights}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="133"/>
        <source>Could not be brought:</source>
        <translation>N’a pas pu être repris :</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="134"/>
        <location filename="../../app/ui/exchange_imports.py" line="161"/>
        <source>Everything was brought.</source>
        <translation>Tout a été repris.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="135"/>
        <source>Imported from Zotero</source>
        <translation>Importé depuis Zotero</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="154"/>
        <source>The import of the project stopped</source>
        <translation>L’import du projet s’est arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="157"/>
        <source>Brought: sources: {sources}; codes: {codes}; coded passages: {selections}; notes: {notes}</source>
        <translation>Repris : sources : {sources} ; codes : {codes} ; passages codés : {selections} ; notes : {notes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="160"/>
        <source>Carnet cannot represent:</source>
        <translation>Carnet ne peut pas représenter :</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="162"/>
        <source>REFI-QDA project imported</source>
        <translation>Projet REFI-QDA importé</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_imports.py" line="165"/>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>ExchangeReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/exchange_report.py" line="24"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="68"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="141"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="346"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="366"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="79"/>
        <source>All highlights</source>
        <translation>Tous les surlignages</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="80"/>
        <source>This article: {title}</source>
        <translation>Cet article : {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="81"/>
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="83"/>
        <source>Highlights with the tags chosen below</source>
        <translation>Les surlignages portant les étiquettes choisies ci-dessous</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="84"/>
        <source>Articles found by “{query}”</source>
        <translation>Articles trouvés par « {query} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="85"/>
        <source>The current search</source>
        <translation>La recherche en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="105"/>
        <source>None chosen: everyone&apos;s highlights</source>
        <translation>Aucun choisi : les surlignages de tout le monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="112"/>
        <source>Markdown digest (.md)</source>
        <translation>Synthèse Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="112"/>
        <source>W3C Web Annotations (.json)</source>
        <translation>Annotations Web W3C (.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="113"/>
        <source>Spreadsheet (.csv)</source>
        <translation>Tableur (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="113"/>
        <source>References: BibTeX (.bib)</source>
        <translation>Références : BibTeX (.bib)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="114"/>
        <source>References: RIS (.ris)</source>
        <translation>Références : RIS (.ris)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="115"/>
        <source>References: CSL-JSON (.json)</source>
        <translation>Références : CSL-JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="116"/>
        <source>Obsidian vault of the whole library (a folder)</source>
        <translation>Coffre Obsidian de toute la bibliothèque (un dossier)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="117"/>
        <source>REFI-QDA project of the whole library (.qdpx)</source>
        <translation>Projet REFI-QDA de toute la bibliothèque (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="118"/>
        <source>REFI-QDA codebook of the tags (.qdc)</source>
        <translation>Livre de codes REFI-QDA des étiquettes (.qdc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="121"/>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="121"/>
        <source>APA 7th edition</source>
        <translation>APA 7ᵉ édition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="122"/>
        <source>Chicago author-date</source>
        <translation>Chicago auteur-date</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="123"/>
        <source>ISO 690 author-date, English</source>
        <translation>ISO 690 auteur-date, anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="124"/>
        <source>ISO 690 author-date, French</source>
        <translation>ISO 690 auteur-date, français</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="124"/>
        <source>Vancouver</source>
        <translation>Vancouver</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="125"/>
        <source>Pandoc citations [@key]</source>
        <translation>Citations Pandoc [@clé]</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="125"/>
        <source>Other CSL file…</source>
        <translation>Autre fichier CSL…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="127"/>
        <source>How the Markdown digest cites its quotes and lists its sources</source>
        <translation>Comment le digest Markdown cite ses extraits et liste ses sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="134"/>
        <source>Preview of the digest</source>
        <translation>Aperçu de la synthèse</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="146"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="147"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="149"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="152"/>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="153"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="154"/>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="155"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="209"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="209"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="221"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="279"/>
        <source>Carnet digest</source>
        <translation>Synthèse Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="224"/>
        <source>This style cannot be used: {error}</source>
        <translation>Ce style ne peut pas servir : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="234"/>
        <source>The whole library as a REFI-QDA project. Sources: {sources}; codes: {codes}; coded passages: {selections}; notes: {notes}.</source>
        <translation>Toute la bibliothèque en projet REFI-QDA. Sources : {sources} ; codes : {codes} ; passages codés : {selections} ; notes : {notes}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="241"/>
        <source>The whole library as an Obsidian vault, one note per article and one per tag (notes: {count}). Writing the same folder again updates the notes Carnet wrote and leaves every note changed since as it is.</source>
        <translation>Toute la bibliothèque en coffre Obsidian, une note par article et une par étiquette (notes : {count}). Écrire de nouveau dans le même dossier met à jour les notes écrites par Carnet et laisse telle quelle toute note modifiée depuis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="351"/>
        <source>Left as they were or left out: {count} (see the details).</source>
        <translation>Laissés tels quels ou de côté : {count} (voir les détails).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="238"/>
        <source>Left out:</source>
        <translation>Laissé de côté :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="252"/>
        <source>Citation style</source>
        <translation>Style de citation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="253"/>
        <source>CSL styles (*.csl)</source>
        <translation>Styles CSL (*.csl)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="272"/>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier où exporter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="282"/>
        <source>Exporting to {path}…</source>
        <translation>Export vers {path}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="316"/>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="324"/>
        <source>The export failed: {error}</source>
        <translation>L’export a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="328"/>
        <source>Export the vault to</source>
        <translation>Exporter le coffre vers</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="333"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="347"/>
        <source>The export is in {path}.</source>
        <translation>L’export est dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="354"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="367"/>
        <source>{path} exists. Replace it?</source>
        <translation>{path} existe. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>FactTreeModel</name>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="23"/>
        <source>money</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="24"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="25"/>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="26"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="27"/>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="28"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="29"/>
        <source>currency not stated</source>
        <translation>devise non précisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="58"/>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="58"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="59"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="59"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/fact_tree_model.py" line="60"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="33"/>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="42"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="36"/>
        <source>Kind of fact</source>
        <translation>Type de fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="37"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="54"/>
        <source>The sentence of the chosen fact</source>
        <translation>La phrase du fait choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="56"/>
        <source>Choose a mention to read its sentence; double-click it to open it in the reader.</source>
        <translation>Choisissez une mention pour lire sa phrase ; double-cliquez dessus pour l’ouvrir dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="58"/>
        <source>Reading {done} of {total} articles…</source>
        <translation>Lecture de {done} articles sur {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/facts_dialog.py" line="74"/>
        <source>The facts could not be read</source>
        <translation>Les faits n’ont pas pu être lus</translation>
    </message>
</context>
<context>
    <name>FeedTableModel</name>
    <message>
        <location filename="../../app/ui/models/feed_table_model.py" line="17"/>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/feed_table_model.py" line="17"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/feed_table_model.py" line="18"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/feed_table_model.py" line="18"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/feed_table_model.py" line="19"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="68"/>
        <source>Feeds</source>
        <translation>Fils d’actualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="69"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="70"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="71"/>
        <source>Re&amp;fresh All</source>
        <translation>Ac&amp;tualiser tout</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="72"/>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="92"/>
        <source>No feed is followed yet: Add… one by its address (RSS, Atom or JSON Feed).</source>
        <translation>Aucun fil n’est encore suivi : ajoutez-en un par son adresse (RSS, Atom ou JSON Feed).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="118"/>
        <source>Updating the feeds…</source>
        <translation>Mise à jour des fils…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="122"/>
        <source>Updating the feeds: {done}/{total} {name}</source>
        <translation>Mise à jour des fils : {done}/{total} {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="128"/>
        <source>Add a Feed</source>
        <translation>Ajouter un fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/feeds_dialog.py" line="129"/>
        <source>The feed&apos;s address:</source>
        <translation>L’adresse du fil :</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../app/ui/widgets/form_fields.py" line="12"/>
        <source>By topic</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/form_fields.py" line="13"/>
        <source>By article</source>
        <translation>Par article</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/form_fields.py" line="14"/>
        <source>By author</source>
        <translation>Par auteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/form_fields.py" line="32"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <location filename="../../app/ui/models/highlight_list_model.py" line="20"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/highlight_list_model.py" line="21"/>
        <source>orphaned: its text is no longer in the article</source>
        <translation>orphelin : son texte n’est plus dans l’article</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/highlight_list_model.py" line="47"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/highlight_list_model.py" line="75"/>
        <source>By {name}</source>
        <translation>Par {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/highlight_list_model.py" line="90"/>
        <source>untagged</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/highlight_list_model.py" line="93"/>
        <source>approximate match ({score})</source>
        <translation>correspondance approchée ({score})</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="115"/>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="167"/>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="116"/>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="168"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="163"/>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="176"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="164"/>
        <source>Whose highlights</source>
        <translation>Surlignages de qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="165"/>
        <source>Show your highlights, everyone&apos;s, or one member&apos;s</source>
        <translation>Afficher vos surlignages, ceux de tout le monde ou ceux d’un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="169"/>
        <source>Note of the chosen highlight</source>
        <translation>Note du surlignage choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="170"/>
        <source>Note (Markdown) — Ctrl+Enter to save</source>
        <translation>Note (Markdown) — Ctrl+Entrée pour enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="171"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="178"/>
        <source>Highlights ({count} of {total})</source>
        <translation>Surlignages ({count} sur {total})</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/highlights_panel.py" line="179"/>
        <source>Highlights ({count})</source>
        <translation>Surlignages ({count})</translation>
    </message>
</context>
<context>
    <name>ImportChooser</name>
    <message>
        <location filename="../../app/ui/import_controller.py" line="35"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="36"/>
        <source>Articles ({patterns})</source>
        <translation>Articles ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="42"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/ui/import_controller.py" line="59"/>
        <location filename="../../app/ui/import_controller.py" line="73"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="140"/>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="150"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="155"/>
        <source>Importing {done}/{total} {name}</source>
        <translation>Import {done}/{total} {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="168"/>
        <source>The import stopped</source>
        <translation>L’import s’est arrêté</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="16"/>
        <source>{count} imported</source>
        <translation>{count} importé(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="17"/>
        <source>{count} updated</source>
        <translation>{count} mis à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="18"/>
        <source>{count} duplicate</source>
        <translation>{count} en double</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="19"/>
        <source>{count} rejected</source>
        <translation>{count} refusé(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="20"/>
        <source>{count} skipped</source>
        <translation>{count} ignoré(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="23"/>
        <source>Imported:</source>
        <translation>Importés :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="24"/>
        <source>Updated:</source>
        <translation>Mis à jour :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="25"/>
        <source>Duplicate:</source>
        <translation>En double :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="26"/>
        <source>Rejected:</source>
        <translation>Refusés :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="27"/>
        <source>Skipped:</source>
        <translation>Ignorés :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="39"/>
        <source>no files found</source>
        <translation>aucun fichier trouvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="40"/>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="42"/>
        <source> — the import stopped early</source>
        <translation> — l’import s’est arrêté avant la fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="43"/>
        <source>The import stopped: {reason}.</source>
        <translation>L’import s’est arrêté : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="53"/>
        <source>{path}: {detail}</source>
        <translation>{path} : {detail}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="79"/>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_report.py" line="80"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../app/ui/library_actions.py" line="31"/>
        <source>New Library: choose an empty folder</source>
        <translation>Nouvelle bibliothèque : choisissez un dossier vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="36"/>
        <source>{folder} holds a library already: it opens now.</source>
        <translation>{folder} contient déjà une bibliothèque : elle s’ouvre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="40"/>
        <source>Open Library: choose its folder</source>
        <translation>Ouvrir une bibliothèque : choisissez son dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="46"/>
        <source>{folder} holds no Carnet library. Make one there?</source>
        <translation>{folder} ne contient pas de bibliothèque Carnet. En créer une ici ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="55"/>
        <source>Open Team Library</source>
        <translation>Ouvrir une bibliothèque d’équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="56"/>
        <source>The team library&apos;s PostgreSQL address (postgresql://host/database, or service=NAME):</source>
        <translation>L’adresse PostgreSQL de la bibliothèque d’équipe (postgresql://hôte/base, ou service=NOM) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="62"/>
        <source>{address} is not a team library&apos;s address: it begins with postgresql:// or service=.</source>
        <translation>{address} n’est pas l’adresse d’une bibliothèque d’équipe : elle commence par postgresql:// ou service=.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="77"/>
        <source>No other library yet</source>
        <translation>Pas encore d’autre bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="79"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="84"/>
        <source>Back Up Library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="85"/>
        <source>Carnet library (*.sqlite)</source>
        <translation>Bibliothèque Carnet (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="89"/>
        <source>Backing up the library…</source>
        <translation>Sauvegarde de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="100"/>
        <source>Backed up to {path}</source>
        <translation>Sauvegardée dans {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="102"/>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../app/ui/main_menu.py" line="40"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="41"/>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="42"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="163"/>
        <location filename="../../app/ui/main_menu.py" line="180"/>
        <source>Open &amp;Recent</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="46"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="47"/>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="55"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="56"/>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="60"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="65"/>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Supprimer l’article…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="63"/>
        <source>Article De&amp;tails…</source>
        <translation>&amp;Détails de l’article…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="33"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="43"/>
        <source>Open Tea&amp;m Library…</source>
        <translation>Ouvrir une biblio&amp;thèque d’équipe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="49"/>
        <source>Import from a &amp;Web Address…</source>
        <translation>Importer depuis une adresse &amp;web…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="51"/>
        <source>Import Referen&amp;ces…</source>
        <translation>Importer des ré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="52"/>
        <source>Import from &amp;Zotero…</source>
        <translation>Importer depuis &amp;Zotero…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="53"/>
        <source>Import REFI-QDA &amp;Project…</source>
        <translation>Importer un &amp;projet REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="54"/>
        <source>Fee&amp;ds…</source>
        <translation>Fi&amp;ls d’actualité…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="67"/>
        <source>&amp;Suggest Highlights…</source>
        <translation>Su&amp;ggérer des passages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="69"/>
        <source>Suggest Highlights in the &amp;Whole Library…</source>
        <translation>Suggérer dans toute la &amp;bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="71"/>
        <source>&amp;Manage Tags…</source>
        <translation>Gérer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="72"/>
        <source>Sp&amp;lit Article Off Its Story</source>
        <translation>Détach&amp;er l’article de son sujet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="74"/>
        <source>&amp;Join Story With…</source>
        <translation>&amp;Joindre le sujet à…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="77"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="78"/>
        <source>&amp;Next Match</source>
        <translation>Occurrence suiva&amp;nte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="79"/>
        <source>Pre&amp;vious Match</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="82"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="86"/>
        <source>&amp;Topics…</source>
        <translation>&amp;Thèmes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="87"/>
        <source>Fa&amp;cts…</source>
        <translation>&amp;Faits…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="89"/>
        <source>Tags &amp;Panel</source>
        <translation>Panneau des étiq&amp;uettes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="91"/>
        <source>&amp;Highlights Panel</source>
        <translation>Panneau des &amp;surlignages</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="93"/>
        <source>Tag Tool&amp;bar</source>
        <translation>&amp;Barre des étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="105"/>
        <source>“Save to Carnet” &amp;Bookmarklet…</source>
        <translation>&amp;Bookmarklet « Enregistrer dans Carnet »…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="182"/>
        <location filename="../../app/ui/main_menu.py" line="222"/>
        <source>Th&amp;eme</source>
        <translation>Appa&amp;rence</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="110"/>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="111"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="112"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="98"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="99"/>
        <source>Zoom &amp;Out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="100"/>
        <source>&amp;Actual Size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="102"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="103"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menu.py" line="106"/>
        <source>&amp;About Carnet</source>
        <translation>À &amp;propos de Carnet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>{library} — Carnet</source>
        <translation>{library} — Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484"/>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>No search match in this article</source>
        <translation>Aucune occurrence de la recherche dans cet article</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Match {number} of {count}</source>
        <translation>Occurrence {number} sur {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>F3: next match · Shift+F3: previous</source>
        <translation>F3 : occurrence suivante · Maj+F3 : précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340"/>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364"/>
        <source>your role in this team library is a reader&apos;s</source>
        <translation>votre rôle dans cette bibliothèque d’équipe est celui d’un lecteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>its folder is on a disk that cannot be written</source>
        <translation>son dossier est sur un disque où l’on ne peut pas écrire</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366"/>
        <source>it was opened read-only</source>
        <translation>elle a été ouverte en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367"/>
        <source>This library is read-only: {why}. You can read, search and export it; nothing in it can be changed.</source>
        <translation>Cette bibliothèque est en lecture seule : {why}. Vous pouvez la lire, y chercher et l’exporter ; rien ne peut y être modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>{library} (read-only) — Carnet</source>
        <translation>{library} (lecture seule) — Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391"/>
        <source>Select an article to read it.</source>
        <translation>Choisissez un article pour le lire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="503"/>
        <location filename="../../app/ui/main_window.py" line="623"/>
        <source>No article here.</source>
        <translation>Aucun article ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="579"/>
        <source>This library has no highlight {id}.</source>
        <translation>Cette bibliothèque n’a pas de surlignage {id}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="626"/>
        <source>{count} stories, {articles} articles</source>
        <translation>{count} sujets, {articles} articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="629"/>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="630"/>
        <source>{count} articles</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="637"/>
        <source>The sample articles are not installed with this copy of Carnet.</source>
        <translation>Les articles d’exemple ne sont pas installés avec cette copie de Carnet.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../app/ui/opening.py" line="35"/>
        <source>Team library password</source>
        <translation>Mot de passe de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="36"/>
        <source>The password was refused. </source>
        <translation>Le mot de passe a été refusé. </translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="37"/>
        <source>The password of your role in {library}:</source>
        <translation>Le mot de passe de votre rôle dans {library} :</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="53"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="53"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="46"/>
        <source>The library could not be opened</source>
        <translation>La bibliothèque n’a pas pu être ouverte</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="23"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="25"/>
        <source>Reader font</source>
        <translation>Police du lecteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="28"/>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="33"/>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="38"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="33"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="33"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="44"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="47"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="48"/>
        <source>Only when asked</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="50"/>
        <source>Receive pages from the browser (bookmarklet, extension)</source>
        <translation>Recevoir les pages du navigateur (bookmarklet, extension)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="53"/>
        <source>Reader &amp;font</source>
        <translation>&amp;Police du lecteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="54"/>
        <source>Reader &amp;size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>&amp;Line spacing</source>
        <translation>&amp;Interligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="56"/>
        <source>&amp;Theme</source>
        <translation>Th&amp;ème</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="57"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="58"/>
        <source>Export &amp;grouping</source>
        <translation>&amp;Regroupement à l’export</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="59"/>
        <source>Export f&amp;older</source>
        <translation>&amp;Dossier d’export</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="60"/>
        <source>Update feeds &amp;every</source>
        <translation>Mettre à jour les &amp;fils toutes les</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="61"/>
        <source>Save to &amp;Carnet</source>
        <translation>Enregistrer dans &amp;Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="83"/>
        <source>Export folder</source>
        <translation>Dossier d’export</translation>
    </message>
</context>
<context>
    <name>ProposalCounter</name>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="219"/>
        <source>These rules propose no sentence.</source>
        <translation>Ces règles ne proposent aucune phrase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="221"/>
        <source>Counting the sentences these rules would propose…</source>
        <translation>Décompte des phrases que ces règles proposeraient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="252"/>
        <source>{count} so far, in {done} of {total} articles…</source>
        <translation>{count} pour l’instant, dans {done} articles sur {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="258"/>
        <source>The sentences could not be counted: {error}</source>
        <translation>Les phrases n’ont pas pu être comptées : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="272"/>
        <source>1 sentence of the library would be proposed</source>
        <translation>1 phrase de la bibliothèque serait proposée</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="273"/>
        <source>{count} sentences of the library would be proposed</source>
        <translation>{count} phrases de la bibliothèque seraient proposées</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="109"/>
        <source>Search (Ctrl+F): words, &quot;phrase&quot;, prefix*, title:, tag:, date:2024</source>
        <translation>Rechercher (Ctrl+F) : mots, &quot;phrase&quot;, préfixe*, title:, tag:, date:2024</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="110"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="111"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="151"/>
        <source>No article matches.</source>
        <translation>Aucun article ne correspond.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="153"/>
        <source>{count} or more hits for {query}</source>
        <translation>{count} résultats ou plus pour {query}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="155"/>
        <source>1 hit for {query}</source>
        <translation>1 résultat pour {query}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="155"/>
        <source>{count} hits for {query}</source>
        <translation>{count} résultats pour {query}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="158"/>
        <source>also searched: {words}</source>
        <translation>cherché aussi : {words}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/search_panel.py" line="169"/>
        <source>The search failed: {error}</source>
        <translation>La recherche a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/models/search_results_model.py" line="132"/>
        <source>article {id}</source>
        <translation>article {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results_model.py" line="134"/>
        <source>Also in: {outlets}</source>
        <translation>Aussi dans : {outlets}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="12"/>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="15"/>
        <source>Reader, highlights, search hits</source>
        <translation>Lecteur, surlignages, résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="13"/>
        <source>highlight the selection with that tag, or add or remove the tag on the chosen highlight</source>
        <translation>surligne la sélection avec cette étiquette, ou ajoute ou retire l’étiquette du surlignage choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="16"/>
        <source>write the chosen highlight&apos;s note</source>
        <translation>écrit la note du surlignage choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="17"/>
        <source>Article list</source>
        <translation>Liste des articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="18"/>
        <source>delete the article (after confirming)</source>
        <translation>supprime l’article (après confirmation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="19"/>
        <source>Highlights panel</source>
        <translation>Panneau des surlignages</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="20"/>
        <source>delete the chosen highlight</source>
        <translation>supprime le surlignage choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="21"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="22"/>
        <source>save the note</source>
        <translation>enregistre la note</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="23"/>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="25"/>
        <source>Search field</source>
        <translation>Champ de recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="24"/>
        <source>open the first hit, then go to the next match</source>
        <translation>ouvre le premier résultat, puis passe à l’occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="26"/>
        <source>clear the search and show the article list again</source>
        <translation>efface la recherche et revient à la liste des articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="27"/>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="29"/>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="31"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="27"/>
        <source>accept the sentence with the tags chosen / reject it</source>
        <translation>accepte la phrase avec les étiquettes choisies / la refuse</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="30"/>
        <source>choose or leave out that tag for the sentence</source>
        <translation>choisit ou écarte cette étiquette pour la phrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="32"/>
        <source>move the passage&apos;s end by a word (with Ctrl: its start)</source>
        <translation>déplace la fin du passage d’un mot (avec Ctrl : son début)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="61"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="65"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="66"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="66"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="66"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StoryBar</name>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="54"/>
        <source>Also in:</source>
        <translation>Aussi dans :</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="55"/>
        <source>Highlights of Other Copies</source>
        <translation>Passages des autres copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="56"/>
        <source>Show here the passages highlighted in the other copies of this story</source>
        <translation>Montrer ici les passages surlignés dans les autres copies de ce sujet</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="57"/>
        <source>Split Off</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="58"/>
        <source>Take this article out of its story</source>
        <translation>Sortir cet article de son sujet</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="59"/>
        <source>Join With…</source>
        <translation>Joindre à…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="77"/>
        <location filename="../../app/ui/widgets/story_bar.py" line="111"/>
        <source>article {id}</source>
        <translation>article {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="79"/>
        <source>Read this story&apos;s copy from {outlet}</source>
        <translation>Lire la copie de ce sujet parue dans {outlet}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="86"/>
        <source>{title} ({similarity} alike)</source>
        <translation>{title} ({similarity} de ressemblance)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="90"/>
        <source>No other story looks like this one</source>
        <translation>Aucun autre sujet ne ressemble à celui-ci</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="106"/>
        <source>Show here the passages highlighted in the other copies of this story: {found} of {total} found in this text</source>
        <translation>Montrer ici les passages surlignés dans les autres copies de ce sujet : {found} sur {total} retrouvés dans ce texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="110"/>
        <source>« {quote} » ({outlet}): {status}</source>
        <translation>« {quote} » ({outlet}) : {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="118"/>
        <source>found at the same place</source>
        <translation>retrouvé au même endroit</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="119"/>
        <source>found elsewhere in this text</source>
        <translation>retrouvé ailleurs dans ce texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="120"/>
        <source>found approximately</source>
        <translation>retrouvé approximativement</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/story_bar.py" line="121"/>
        <source>not in this text</source>
        <translation>absent de ce texte</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <location filename="../../app/ui/models/suggestion_list_model.py" line="202"/>
        <source>1 sentence</source>
        <translation>1 phrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/suggestion_list_model.py" line="202"/>
        <source>{count} sentences</source>
        <translation>{count} phrases</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/suggestion_list_model.py" line="229"/>
        <source>because of: {words}</source>
        <translation>à cause de : {words}</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="37"/>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="45"/>
        <source>Suggested highlights</source>
        <translation>Passages suggérés</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="55"/>
        <source>Enter: accept · 1–9: choose a tag · Shift+←→: move the end · Ctrl+Shift+←→: move the start · Backspace: reject · Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Entrée : accepter · 1–9 : choisir une étiquette · Maj+←→ : déplacer la fin · Ctrl+Maj+←→ : déplacer le début · Retour arrière : refuser · Ctrl+Z / Ctrl+Maj+Z : annuler / rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="58"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="59"/>
        <source>Reading {done} of {total} articles…</source>
        <translation>Lecture de {done} articles sur {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="77"/>
        <source>The suggestions could not be found</source>
        <translation>Les suggestions n’ont pas pu être trouvées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="122"/>
        <source>Choose a tag (1–9) before accepting, or reject with Backspace</source>
        <translation>Choisissez une étiquette (1–9) avant d’accepter, ou refusez avec Retour arrière</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="149"/>
        <source>1 sentence left</source>
        <translation>1 phrase restante</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="151"/>
        <source>{count} sentences left</source>
        <translation>{count} phrases restantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestions_dialog.py" line="153"/>
        <source>{count} sentences left in {articles} articles</source>
        <translation>{count} phrases restantes dans {articles} articles</translation>
    </message>
</context>
<context>
    <name>TagEditorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="56"/>
        <source>Tag colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="107"/>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="108"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="109"/>
        <source>New Tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="109"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="110"/>
        <source>Nest Under…</source>
        <translation>Placer sous…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="110"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="111"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="111"/>
        <source>Merge Into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="112"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="116"/>
        <source>Give the tag the key before its own (Alt+Up)</source>
        <translation>Donner à l’étiquette la touche avant la sienne (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="117"/>
        <source>Give the tag the key after its own (Alt+Down)</source>
        <translation>Donner à l’étiquette la touche après la sienne (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="155"/>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="155"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="165"/>
        <source>Recolour {tag}</source>
        <translation>le changement de couleur de {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="173"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="174"/>
        <source>Key {key} belongs to {holder}. Give it to {tag}? {holder} will have {tag}&apos;s key instead ({old}).</source>
        <translation>La touche {key} appartient à {holder}. La donner à {tag} ? {holder} prendra la touche de {tag} à la place ({old}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="176"/>
        <source>no key</source>
        <translation>aucune touche</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="178"/>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="202"/>
        <source>Key {key} for {tag}</source>
        <translation>la touche {key} pour {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="179"/>
        <source>No key for {tag}</source>
        <translation>le retrait de la touche de {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="193"/>
        <source>{tag} has no key to move: choose one in the Key column (F2).</source>
        <translation>{tag} n’a pas de touche à déplacer : choisissez-en une dans la colonne Touche (F2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="197"/>
        <source>{tag} has key {key} already: keys go from 1 to 9.</source>
        <translation>{tag} a déjà la touche {key} : les touches vont de 1 à 9.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="201"/>
        <source>Swap the keys of {tag} and {holder}</source>
        <translation>l’échange des touches de {tag} et {holder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="211"/>
        <source>Nest {tag} under {parent}</source>
        <translation>le placement de {tag} sous {parent}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="212"/>
        <source>Move {tag} to the top level</source>
        <translation>le retour de {tag} au premier niveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="220"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="222"/>
        <source>Nest</source>
        <translation>Placer sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="222"/>
        <source>Put {tag} under:</source>
        <translation>Placer {tag} sous :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="232"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="232"/>
        <source>Merge {tag} into:</source>
        <translation>Fusionner {tag} dans :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="243"/>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="244"/>
        <source>Delete the tag {tag}? Its highlight keeps its other tags.</source>
        <translation>Supprimer l’étiquette {tag} ? Son surlignage garde ses autres étiquettes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="245"/>
        <source>Delete the tag {tag}? Its {count} highlights keep their other tags.</source>
        <translation>Supprimer l’étiquette {tag} ? Ses {count} surlignages gardent leurs autres étiquettes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="246"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Édition ▸ Annuler la fait revenir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="260"/>
        <source>Suggestion rules of {tag}</source>
        <translation>Règles de suggestion de {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="269"/>
        <source>Rules of {tag}</source>
        <translation>les règles de {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="277"/>
        <source>The rules edited were not saved: {problem}</source>
        <translation>Les règles modifiées n’ont pas été enregistrées : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="302"/>
        <source>Rename {tag} to {name}</source>
        <translation>le renommage de {tag} en {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tag_editor.py" line="305"/>
        <source>Describe {tag}</source>
        <translation>la description de {tag}</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../app/ui/models/tag_list_model.py" line="41"/>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tag_list_model.py" line="46"/>
        <source>{highlights} in 1 article</source>
        <translation>{highlights} dans 1 article</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tag_list_model.py" line="47"/>
        <source>{highlights} in {articles} articles</source>
        <translation>{highlights} dans {articles} articles</translation>
    </message>
</context>
<context>
    <name>TagRulesEditor</name>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="30"/>
        <source>Word or phrase</source>
        <translation>Mot ou expression</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="31"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="32"/>
        <source>Site word</source>
        <translation>Mot de site</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="59"/>
        <source>Kind of rule</source>
        <translation>Type de règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="98"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="98"/>
        <source>Words or expression</source>
        <translation>Mots ou expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="99"/>
        <source>Suggestion rules</source>
        <translation>Règles de suggestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="100"/>
        <source>Sentences stating an amount</source>
        <translation>Phrases qui donnent un montant</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="101"/>
        <source>Sentences naming a place (with a site word, when there are any)</source>
        <translation>Phrases qui nomment un lieu (avec un mot de site, s’il y en a)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="102"/>
        <source>Add Rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="103"/>
        <source>Remove Rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="104"/>
        <source>Save Rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="105"/>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_rules_editor.py" line="168"/>
        <source>&apos;{pattern}&apos; is not a valid expression: {error}</source>
        <translation>« {pattern} » n’est pas une expression valide : {error}</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <location filename="../../app/ui/models/tag_tree_model.py" line="29"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tag_tree_model.py" line="29"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tag_tree_model.py" line="30"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tag_tree_model.py" line="30"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tag_tree_model.py" line="31"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>TagTreeView</name>
    <message>
        <location filename="../../app/ui/widgets/tag_tree_view.py" line="18"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_tree_view.py" line="33"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="76"/>
        <source>Highlight as {tag} ({key})</source>
        <translation>Surligner comme {tag} ({key})</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="73"/>
        <source>Highlight as {tag}</source>
        <translation>Surligner comme {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="59"/>
        <source>Write the Highlight&apos;s Note</source>
        <translation>Écrire la note du surlignage</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="113"/>
        <source>Highlighted as {tag}: N writes its note</source>
        <translation>Surligné comme {tag} : N pour écrire sa note</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="117"/>
        <source>Select a passage first, then press a tag&apos;s key.</source>
        <translation>Sélectionnez d’abord un passage, puis appuyez sur la touche d’une étiquette.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="125"/>
        <source>Choose a highlight first, then press N to write its note.</source>
        <translation>Choisissez d’abord un surlignage, puis appuyez sur N pour écrire sa note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="158"/>
        <source>Highlight as</source>
        <translation>Surligner comme</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging_controller.py" line="164"/>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/tags_panel.py" line="35"/>
        <location filename="../../app/ui/widgets/tags_panel.py" line="37"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tags_panel.py" line="36"/>
        <source>Manage tags…</source>
        <translation>Gérer les étiquettes…</translation>
    </message>
</context>
<context>
    <name>TaskErrorBox</name>
    <message>
        <location filename="../../app/ui/dialogs/task_error.py" line="22"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../app/ui/widgets/task_progress.py" line="29"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/task_progress.py" line="31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/task_progress.py" line="50"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="175"/>
        <source>A background task failed</source>
        <translation>Une tâche de fond a échoué</translation>
    </message>
</context>
<context>
    <name>TopicCharts</name>
    <message>
        <location filename="../../app/ui/widgets/topic_charts.py" line="32"/>
        <source>Topics charts</source>
        <translation>Graphiques des thèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/topic_charts.py" line="77"/>
        <source>Highlights per topic</source>
        <translation>Surlignages par thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/topic_charts.py" line="101"/>
        <source>{title} — {tag}: {count}</source>
        <translation>{title} — {tag} : {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/topic_charts.py" line="116"/>
        <source>Topics × articles (click a cell to see its highlights)</source>
        <translation>Thèmes × articles (cliquez une case pour voir ses surlignages)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/topic_charts.py" line="142"/>
        <source>Highlights per topic by publication month</source>
        <translation>Surlignages par thème et par mois de publication</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/topic_charts.py" line="147"/>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/topics_dialog.py" line="29"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/topics_dialog.py" line="35"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/topics_dialog.py" line="37"/>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/topics_dialog.py" line="40"/>
        <source>Reading {done} of {total} articles…</source>
        <translation>Lecture de {done} articles sur {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/topics_dialog.py" line="50"/>
        <source>The topics could not be counted</source>
        <translation>Les thèmes n’ont pas pu être comptés</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/topics_dialog.py" line="71"/>
        <source>Carnet topics</source>
        <translation>Thèmes de Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/topics_dialog.py" line="77"/>
        <source>Save the charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../app/ui/unexpected_errors.py" line="33"/>
        <source>Carnet could not finish what it was doing; what was saved before is intact</source>
        <translation>Carnet n’a pas pu finir ce qu’il faisait ; ce qui était enregistré avant est intact</translation>
    </message>
</context>
<context>
    <name>WebAddressDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/web_address_dialog.py" line="22"/>
        <source>Import from a Web Address</source>
        <translation>Importer depuis une adresse web</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/web_address_dialog.py" line="32"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/web_address_dialog.py" line="37"/>
        <source>The pages to download and import, one address per line (http:// or https://):</source>
        <translation>Les pages à télécharger et à importer, une adresse par ligne (http:// ou https://) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/web_address_dialog.py" line="50"/>
        <source>Not a web address, left out: {words}</source>
        <translation>Pas une adresse web, laissé de côté : {words}</translation>
    </message>
</context>
<context>
    <name>ZoteroDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="43"/>
        <source>Import from Zotero</source>
        <translation>Importer depuis Zotero</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="46"/>
        <source>Zotero data folder or zotero.sqlite</source>
        <translation>Dossier de données Zotero ou zotero.sqlite</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="47"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="49"/>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="57"/>
        <source>Tick the collections to import (each brings the collections inside it); with none ticked, every item is imported. Zotero&apos;s files are only read.</source>
        <translation>Cochez les collections à importer (chacune apporte les collections qu’elle contient) ; si aucune n’est cochée, tous les documents sont importés. Les fichiers de Zotero sont seulement lus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="62"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="66"/>
        <source>Zotero library</source>
        <translation>Bibliothèque Zotero</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="97"/>
        <source>Choose a Zotero data folder or its zotero.sqlite.</source>
        <translation>Choisissez un dossier de données Zotero ou son zotero.sqlite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="127"/>
        <source>Zotero data folder</source>
        <translation>Dossier de données Zotero</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="132"/>
        <source>Zotero database</source>
        <translation>Base de données Zotero</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/zotero_dialog.py" line="133"/>
        <source>Zotero database (zotero.sqlite *.sqlite)</source>
        <translation>Base de données Zotero (zotero.sqlite *.sqlite)</translation>
    </message>
</context>
</TS>
