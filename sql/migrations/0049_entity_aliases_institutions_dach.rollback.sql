-- The entities rows stay (mentions may reference them); only these aliases go.
DELETE FROM entity_aliases
WHERE alias IN ('Seco', 'Finma', 'Eidgenössischen Finanzmarktaufsicht', 'Österreichischen Gewerkschaftsbund',
                'Österreichischen Gewerkschaftsbundes', 'ÖGB', 'Paritätische Wohlfahrtsverband',
                'Paritätischen Wohlfahrtsverband', 'Paritätischen Wohlfahrtsverbands',
                'Paritätischen Wohlfahrtsverbandes', 'Oesterreichischen Nationalbank', 'OeNB', 'DGB', 'WKÖ',
                'VfGH');
