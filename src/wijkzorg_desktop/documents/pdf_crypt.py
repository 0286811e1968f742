"""Password encryption of a PDF (AES-256, PDF 2.0 standard security handler) with a generated password of
readable Dutch words, to be passed on by another channel (by phone, or by Siilo while the PDF goes by mail).

Encrypt before signing: encryption rewrites the whole file, which would break a signature made earlier;
``signing.sign`` signs an encrypted file in an incremental update when given its password.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer

from .pdf_errors import DocumentError, PdfProblem

PASSWORD_WORDS = 5
# PDF 2.0 allows 127 bytes, but poppler's tools (pdfinfo, pdfsig) and older readers cut a password at 32.
MAX_LENGTH = 32

# Concrete, everyday Dutch nouns of 4 to 8 plain letters: easy to say over the phone and to type.
_WORDS_TEXT = """
    aarde adelaar adres agent akker akkoord album ananas anemoon anijs anker antenne appel arena arend artisjok
    atlas auto avond avontuur azijn baai baken bakker balkon ballon bamboe banaan band bank baret barst basis
    bazaar beek beeld beer beitel beker berg beton beurs bever bezem bezoek bidon biet bijl bink blad blik
    bliksem bloem bloes blok bochel bodem boei boek boer bokaal bonbon boog boom boon boot bord borstel bosbes
    bosuil boter boterham bouw bouwer braam brasem breuk brief bril broek brommer bron brons brood brug buffel
    buik buizerd burcht bureau buur cactus cadeau camera canvas carnaval ceder cello chalet chef circus cirkel
    citroen cobra code compas concert cowboy dahlia dans deeg dekbed deken delta deur diamant dier dijk dokter
    dolfijn dorp douche draad draai draak drempel drop druif duif duiker duim duin echo eekhoorn eend eenhoorn
    egel eiland eland emaille emmer erwt ezel fabriek fakkel fanfare fauteuil fazant feest fiets film fjord
    flamingo flat fles fluit fluweel fontein forel fornuis fort foto framboos fregat fruit galerij gans garage
    gazelle gazon gebak geit gember gewei gieter gips gitaar glas gletsjer golf gondel gordel gordijn gorilla
    goud graan gras gravel grendel griend griffel groente grond grot haai haan haard haas hagel halter hamer
    hand hangmat haring harp haven haver havik heide helm hemel hengel herfst hert heuvel hinde hoed hommel
    hond honing hoorn horizon horloge hotel huis hyacint iglo ijsbeer inkt insect ivoor jacht jaguar jasmijn
    jongleur jurk juweel kaars kaart kaas kabel kabouter kachel kade kajak kajuit kaketoe kalf kalkoen kameel
    kameleon kamer kameraad kanaal kaneel kano kapitein kapstok karavaan karper karton kast kastanje kasteel
    kegel kermis kers ketel ketting kever kiezel kiosk kiwi klaproos klarinet klaver klei klimop klok klokhuis
    knapzak knikker knoop koala koek koepel koerier koffer koffie komeet kompas konijn koning kool koraal korf
    kornet kotter kozijn kraai kraan krab krant kreeft kreek krekel kristal krokus kroon kruik kruimel kubus
    kuiken kunst kussen kust kwal kwartel laars ladder lagune lamp lans lantaarn laptop lava lavendel leeuw
    leguaan lelie lente lepel leraar libel lied lijn lijster limoen linde lint loep loods lotus lucht lucifer
    luik luipaard maan magneet mais majoor mammoet mand mango mantel markt marmer marmot mast matras matroos
    medaille meeuw melk meloen mens merel meteoor metro mier mijn minuut moeras molen mossel mosterd motief
    motor mozaiek muilezel muis munt muur muziek naald narcis nectar nerts nest neus noot notaris oase obelisk
    oceaan octopus oester okapi olie olifant ontbijt onweer ooievaar opaal orchidee orgel orka otter oven paard
    paars pagode pakket paleis palet palm panda panter papier paprika paraplu parel park parkiet passer pasta
    patrijs pauw peer pelgrim pelikaan penseel peper perzik piano piccolo pijl pijnboom pijp piloot pimpel
    pinda pinguin pion piraat pistache pizza planeet plank plant plataan plein pluim pluimvee poema poes polder
    pollepel pomp pompoen pond pony populier portier post postbode potlood prairie prins prinses prisma pruim
    pudding puzzel raam rabarber radar radijs radio raket ratel regen reiger reus ridder riet rijst rijtuig
    rivier robot roos rots rozijn ruit rups saffier salie sardine saus savanne schaap schaar schaats schelp
    schelvis schip schoen schoener schommel school schort schotel schuur sering sfinx sikkel sjaal sjerp slak
    slang slee sleutel sloep sloot sluis smid snavel sneeuw snoek snoep snor soep sparren specht sperwer
    spiegel spijker spin spinazie spons spoor sprookje stad steenbok stempel ster stier stoel stok storm straat
    strand strik stroom struik suiker taart tafel tamboer tand tang tapir taxi teen tegel telefoon tennis tent
    terras thee tijger toekan toendra tomaat topaas toren tornado tortel touw tractor trap trein trekpop
    tribune trofee trom trompet trui tuin tulband tulp tunnel turf tweeling uitkijk uitzicht vaandel vaas valk
    vallei varen veer veerboot veld venster veulen vijfhoek vijg vijver vinger vink viool vlag vlam vlieger
    vlinder vloer vlot vogel vork vulkaan vuur wadden wafel wagen walnoot walrus walvis water waterval wekker
    wiel wigwam wijzer wilg wind winkel winter woestijn wolf wolk worst wortel yoghurt zaag zaagvis zadel
    zaklamp zalm zand zebra zeehond zeep zeester zegel zeil zeilboot zeppelin zilver zomer zool zwaan zwaluw
    zwemvest
"""
WORDS = tuple(_WORDS_TEXT.split())


@dataclass(frozen=True)
class EncryptedPdf:
    data: bytes
    password: str                  # shown once; the program keeps no copy


def new_password(words: int = PASSWORD_WORDS) -> str:
    """``kaars-molen-tulp-haven-rups``: five words from a CSPRNG, at most 32 characters, about 46 bits.

    Enough for this file format: its AES-256 password hash (ISO 32000-2, algorithm 2.B) is slow to guess.
    """
    while True:
        chosen = "-".join(secrets.choice(WORDS) for _ in range(words))
        if len(chosen) <= MAX_LENGTH:
            return chosen


def encrypt(pdf: bytes, password: str | None = None) -> EncryptedPdf:
    """The PDF encrypted with AES-256 under ``password`` (a new one when None). The owner password is random
    and forgotten: nobody, not even the practice, can lift the encryption without the user password."""
    chosen = password or new_password()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    except (PdfError, ValueError, IndexError) as error:
        raise DocumentError(PdfProblem.NOT_A_PDF, str(error)) from None
    if reader.encrypted:
        raise DocumentError(PdfProblem.PASSWORD_NEEDED, "the PDF is already encrypted")
    if reader.embedded_signatures:
        raise DocumentError(PdfProblem.ALREADY_SIGNED, "encrypt before signing; encryption breaks a signature")
    writer = copy_into_new_writer(reader)
    # No ISO 32004 MAC and no AES-GCM: the readers partners use (Acrobat, poppler, pypdf) know plain R6.
    writer.encrypt(secrets.token_urlsafe(32), chosen, pdf_mac=False)
    out = io.BytesIO()
    writer.write(out)
    return EncryptedPdf(out.getvalue(), chosen)
