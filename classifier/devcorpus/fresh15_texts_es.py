"""Hand-written Spanish texts of the ``fresh15`` split: navieras, bodegas, orquestas, zoos y otros mostradores."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Asunto: Barcelona–Palma 14/10, localizador PM-880347, pasajero con oxígeno\n\n"
        "Hola, viajo con mi padre, ⟦PERSON|Evaristo Quintanilla Roig⟧, que tiene ⟦HEALTH_DATA|EPOC⟧ y usa "
        "⟦HEALTH_DATA|oxígeno domiciliario⟧ con un concentrador portátil (Inogen One G5). ¿Necesito algún formulario "
        "médico para embarcarlo? ¿Hay enchufe en la zona de butacas o tenemos que coger camarote? "
        "Mi móvil: ⟦PHONE_NUMBER|622 418 930⟧.\nGracias, ⟦PERSON|Nuria Quintanilla⟧",
    },
    {
        "kind": "support",
        "text": "hola, ¿sale el barco de las 7 a Ibiza con este viento? loc. IB-55208",
    },
    {
        "kind": "support",
        "text": "Buenas, quería apuntar a mi hija ⟦PERSON|Jimena⟧ al campamento hípico de julio. Tiene "
        "⟦HEALTH_DATA|TDAH⟧ y toma ⟦HEALTH_DATA|metilfenidato⟧ por la mañana; ¿los monitores pueden darle la dosis "
        "del mediodía si hace jornada completa? Escribidme a ⟦EMAIL_ADDRESS|marisa.olmedo.f@gmail.com⟧. "
        "⟦PERSON|Marisa Olmedo Ferrándiz⟧",
    },
    {
        "kind": "support",
        "text": "Incidencia AER-30912 | Abierta | Técnico asignado: zona Valencia Norte\n"
        "Equipo: bomba de calor aire-agua Hidrotermia 10 kW, n.º serie HT10-25-774102, versión de control 1.9.3\n"
        "Código E-208 (fallo de comunicación exterior) tras el corte de luz del sábado.\n"
        "Acción propuesta: reinicio en frío desde el cuadro, revisar bus de comunicación y, si persiste, sustituir placa PCB-EX.",
    },
    {
        "kind": "support",
        "text": "Hola, me cobrasteis la cuota del club de fans dos veces. Necesito la factura rectificativa a nombre de "
        "⟦PERSON|Andriy Kovalchuk⟧, NIE ⟦ES_NIE|Y1681190L⟧, domicilio ⟦STREET_ADDRESS|Calle de Embajadores 141, 3.º B, 28045 Madrid⟧. "
        "Pedido FN-77153. Gracias.",
    },
    {
        "kind": "support",
        "text": "Hola, mi madre ⟦PERSON|Remedios Albaladejo⟧ empieza la ⟦HEALTH_DATA|quimioterapia⟧ el lunes y quiere "
        "raparse antes de que se le caiga el pelo. ¿Lo hacéis en una sala aparte? Y también queremos ver pelucas de "
        "pelo natural. Llamadme al ⟦PHONE_NUMBER|+34 678 205 441⟧, soy su hija.",
    },
    {
        "kind": "support",
        "text": "Resume en español esta queja de un visitante británico y propón una respuesta:\n\n"
        '"Dear Bioparc team, on Sunday 9 March my wife and I were refused entry with our assistance dog even though '
        "he wears his jacket and we showed the ADUK card. My wife, ⟦PERSON|Philippa Ormerod⟧, has "
        "⟦HEALTH_DATA|Addison's disease⟧ and the dog is trained to alert before a crisis. We expect an apology. "
        '⟦PERSON|Stuart Ormerod⟧, ⟦EMAIL_ADDRESS|stuart.ormerod@btinternet.com⟧"',
    },
    {
        "kind": "support",
        "text": "Pedido BOD-24407: llegaron 6 botellas de crianza pero dos venían rotas y la caja empapada. "
        "Adjunto fotos. ¿Me mandáis las dos que faltan o me devolvéis 31,80 €?",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Certificado de aptitud – personal de mantenimiento de infraestructura ferroviaria\n\n"
        "Trabajador: ⟦PERSON|Fulgencio Barrachina Soler⟧\nDNI: ⟦ES_NIF|64857156P⟧\n"
        "Puesto: encargado de trabajos, vía y aparatos, turno de noche (Murcia–Cartagena)\n"
        "Resultado: APTO con limitaciones. ⟦HEALTH_DATA|Diabetes mellitus tipo 2⟧ en tratamiento con "
        "⟦HEALTH_DATA|metformina⟧; evitar trabajo en solitario en tramos sin cobertura. Revisión en 6 meses.",
    },
    {
        "kind": "hr",
        "text": "FICHA DE ALTA – Forn Dorat, franquicia de Alicante (Av. Maisonnave)\n\n"
        "Nombre y apellidos: ⟦PERSON|Consuelo Ribelles Gisbert⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|11/05/1988⟧\n"
        "DNI: ⟦ES_NIF|64343789-R⟧\nDomicilio: ⟦STREET_ADDRESS|Calle Pintor Aparicio 18, 5.º izq., 03003 Alicante⟧\n"
        "Cuenta para la nómina: ⟦IBAN_CODE|ES51 9878 7794 7090 6585 4846⟧\n"
        "Afiliación sindical (para la cuota): ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧\n"
        "Jornada: 30 h, turno de mañana desde las 5:00\nCarné de manipuladora de alimentos: sí",
    },
    {
        "kind": "hr",
        "text": "Acta del comité de empresa – Orquesta Sinfónica, reunión del 22 de enero\n\n"
        "Asistentes: ⟦PERSON|Ignacio Valdecantos⟧ (presidente, ⟦TRADE_UNION_MEMBERSHIP|UGT⟧), ⟦PERSON|Araceli Montaner⟧, "
        "⟦PERSON|Bruno Echevarría⟧.\n"
        "1. Calendario de gira por Latinoamérica: se pide que los ensayos generales no coincidan con vuelos de más de 10 h.\n"
        "2. El comité informa de que la trompa solista, ⟦PERSON|Araceli Montaner⟧, está de baja por "
        "⟦HEALTH_DATA|depresión⟧ desde diciembre; se solicita no cubrir su plaza con contrato de obra.\n"
        "3. Ruegos y preguntas: climatización de la sala de ensayo.",
    },
    {
        "kind": "hr",
        "text": "Oferta de empleo: cuidador/a de animales para la sección de sabana africana. Jornada completa con "
        "fines de semana rotativos, contrato indefinido tras seis meses. Valoramos formación en técnico en "
        "ganadería o similar y experiencia con grandes herbívoros. Ref. ZOO-SAB-09.",
    },
    {
        "kind": "hr",
        "text": "Turnos de vendimia – semana 38\n"
        "Cuadrilla 1: parcela La Umbría, 7:00–14:00\nCuadrilla 2: parcela El Cerrillo, 7:30–14:30\n"
        "Remolques a la bodega cada dos horas; la mesa de selección cierra a las 15:30. "
        "Agua y protector solar en la furgoneta, no se trabaja a más de 34 °C.",
    },
    {
        "kind": "hr",
        "text": "Alta temporero – bodega de Ribera del Duero\n"
        "Nombre: ⟦PERSON|Rui Damasceno Pestana⟧\nNIF portugués: ⟦PT_NIF|136953433⟧\n"
        "IBAN: ⟦IBAN_CODE|PT91 2105 8996 5493 9086 3035 5⟧\n"
        "Observaciones: es ⟦RELIGIOUS_BELIEF|adventista⟧ y no trabaja desde la puesta de sol del viernes hasta la "
        "del sábado; compensa con el domingo. Aceptado por el capataz.",
    },
    {
        "kind": "hr",
        "text": "Pásame esto a un correo formal para el candidato, sin detalles del certificado:\n\n"
        "Candidato a monitor de buceo para grupos juveniles: ⟦PERSON|Unai Goikoetxea Lasa⟧. Certificado de delitos "
        "de naturaleza sexual: negativo. Certificado de antecedentes penales: "
        "⟦CRIMINAL_RECORD|condena por delito contra la seguridad vial (conducción bajo los efectos del alcohol), 2020⟧. "
        "Decisión: apto para monitor, no puede conducir la furgoneta del centro.",
    },
    {
        "kind": "hr",
        "text": "Nota para RR. HH.: ⟦PERSON|Yolanda Cebrián Muñoz⟧, dependienta del obrador de Elche, se niega a fichar "
        "con el nuevo terminal de ⟦BIOMETRIC_DATA|reconocimiento facial⟧ y pide que se borre su "
        "⟦BIOMETRIC_DATA|plantilla facial⟧ ya registrada. Proponemos darle tarjeta de proximidad como al resto de "
        "quienes no dieron consentimiento.",
    },
    {
        "kind": "hr",
        "text": "Pasa esta lista a la plantilla de altas en la Seguridad Social (vendimia, cuadrilla 3):\n"
        "nombre;documento;telefono;observaciones\n"
        "⟦PERSON|Begoña Latorre Gil⟧;⟦ES_NIF|17435560-L⟧;⟦PHONE_NUMBER|689 402 517⟧;capataza\n"
        "⟦PERSON|Mihai Dumitrescu⟧;⟦ES_NIE|X1383752A⟧;⟦PHONE_NUMBER|612 845 309⟧;repite de 2025\n"
        "⟦PERSON|Abdelkader Bensalem⟧;⟦ES_NIE|Z1124296S⟧;⟦PHONE_NUMBER|631 270 418⟧;⟦HEALTH_DATA|asmático⟧, "
        "lleva inhalador\n"
        "⟦PERSON|Ionela Vărzaru⟧;;⟦PHONE_NUMBER|+40 744 318 096⟧;falta documento, lo trae el lunes",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Apadrina un elefante este año: con tu aportación recibes un certificado, fotos trimestrales y una visita "
        "guiada entre bastidores con los cuidadores.",
    },
    {
        "kind": "marketing",
        "text": "Enoturismo de otoño: visita a los calados del siglo XVI, cata de tres vinos y maridaje con embutido "
        "de la zona. Sábados y domingos a las 11:00, 25 € por persona. Plazas limitadas.",
    },
    {
        "kind": "marketing",
        "text": "«Tres años después de mi ⟦HEALTH_DATA|trasplante de riñón⟧ volví a bucear en Cabo de Palos. "
        "El equipo habló con mi nefróloga y preparó cada inmersión conmigo.» – ⟦PERSON|Valentín Ortuño⟧, 46 años",
    },
    {
        "kind": "marketing",
        "text": 'Fichaje confirmado: ⟦PERSON|Álvaro "Ozzy" Cardeñosa⟧ se une a nuestro equipo de Valorant '
        "como duelista. Presentación el jueves en directo a las 19:00.",
    },
    {
        "kind": "marketing",
        "text": "Vuelve la tarifa residente+: hasta un 40 % de descuento en vehículo para residentes en Baleares "
        "durante todo el invierno. Consulta condiciones en la app.",
    },
    {
        "kind": "marketing",
        "text": "Texto para el programa del festival:\n"
        "⟦PERSON|Macarena Heredia Vargas⟧, cineasta ⟦ETHNIC_ORIGIN|gitana⟧ de Triana, presenta su ópera prima, "
        "un retrato de las mujeres de su familia y de los corrales de vecinos que ya no existen.",
    },
    {
        "kind": "marketing",
        "text": "¿Cambio de look? Esta semana, mechas babylights con un 20 % de descuento. Recuerda que hacemos "
        "prueba de sensibilidad 48 horas antes de cualquier color.",
    },
    {
        "kind": "marketing",
        "text": "Boletín del Club d'Escacs Benimaclet: agradecemos a ⟦PERSON|Vicent Llopis Sanchis⟧, concejal de "
        "⟦POLITICAL_OPINION|Compromís⟧, la cesión del local municipal para el open de Navidad.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Ajuste fino frente a instrucciones\n\n"
        "Antes de entrenar un modelo con datos propios conviene agotar lo que se puede conseguir con buenas "
        "instrucciones y ejemplos en el prompt. El ajuste fino tiene sentido cuando la tarea exige un formato muy "
        "estable, un tono de marca concreto o una latencia menor con un modelo pequeño. Requiere además un conjunto "
        "de evaluación separado, para comprobar que el modelo no ha olvidado capacidades generales.",
    },
]
