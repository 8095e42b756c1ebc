using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// Turns a <see cref="CaseInput"/> into checked details and party: every reference (unit, officers, key area, entity)
/// must be the case's town's and visible to the caller, officers must be active members of the handling unit's pool,
/// and a natural person's ID number must pass GB 11643. The person's name and number are encrypted here.
/// </summary>
public sealed class CaseForm(AppDbContext db, CurrentUser user, IDataProtectionProvider protection, TimeProvider time,
    CasePartySearch search)
{
    public const string PartyPurpose = "Dajia.Case.Party";

    public async Task<(CaseDetails Details, CaseParty Party, Guid JurisdictionId)> ReadAsync(CaseInput input, CaseStart start,
        EnforcementCase? existing, List<FieldError> errors, CancellationToken ct)
    {
        var unitId = input.HandlingUnitId ?? existing?.HandlingUnitId ?? start.UnitId ?? (user.IsLiaison ? user.UnitId : null);
        var unit = unitId is { } u ? await db.VisibleUnits(user).FirstOrDefaultAsync(x => x.Id == u && x.Active, ct) : null;
        if (unit is null) errors.Add(new("handlingUnitId", "Validation.Case.Unit"));
        var town = existing?.JurisdictionId ?? start.JurisdictionId ?? unit?.JurisdictionId ?? user.JurisdictionId;
        if (unit is not null && unit.JurisdictionId != town) errors.Add(new("handlingUnitId", "Validation.Case.Unit"));
        var type = Input.Enum<ViolationType>(input.ViolationType, "violationType", errors) ?? start.Type ?? existing?.ViolationType;
        if (type is null && errors.All(e => e.Field != "violationType")) errors.Add(new("violationType", "Validation.Case.Type"));
        var officers = input.OfficerIds ?? existing?.Officers.Select(o => o.OfficerId).ToList() ?? [];
        await CheckOfficersAsync(officers, unit, errors, ct);
        var keyArea = input.KeyAreaId ?? (existing is null ? start.KeyAreaId : null);
        if (keyArea is { } k && !await db.Visible<KeyArea>(user).AnyAsync(a => a.Id == k && a.JurisdictionId == town, ct))
            errors.Add(new("keyAreaId", "Validation.Case.KeyArea"));
        var party = await PartyAsync(input, start, existing, town, errors, ct);
        var title = input.Title ?? existing?.Title ?? await DefaultTitleAsync(party, type, ct);
        var details = new CaseDetails(title ?? "", unit?.Id ?? Guid.Empty, officers, type ?? ViolationType.Other, keyArea,
            input.Facts ?? existing?.Facts ?? start.Facts ?? "", input.LegalBasis ?? existing?.LegalBasis,
            input.CaseValue ?? existing?.CaseValue ?? 0, input.GoodsValue ?? existing?.GoodsValue ?? 0,
            input.DensDestroyed ?? existing?.DensDestroyed ?? 0, input.PersonsDetained ?? existing?.PersonsDetained ?? 0);
        // 案由 left blank is made from the party and the type: when one of those is wrong, that error is the one to fix.
        var titleFollows = input.Title is null && errors.Any(x => x.Field is "partyKind" or "partyName" or "partyIdNumber"
            or "marketEntityId" or "violationType");
        errors.AddRange(details.Validate().Where(e => errors.All(x => x.Field != e.Field) && !(titleFollows && e.Field == "title")));
        return (details, party, town);
    }

    private async Task CheckOfficersAsync(IReadOnlyList<Guid> ids, Unit? unit, List<FieldError> errors, CancellationToken ct)
    {
        if (unit is null || ids.Count == 0) return;
        var distinct = ids.Distinct().ToList();
        var found = await db.Visible<Officer>(user).CountAsync(o => distinct.Contains(o.Id) && o.UnitId == unit.Id && o.Active, ct);
        if (found != distinct.Count) errors.Add(new("officerIds", "Validation.Case.OfficerUnit"));
    }

    private async Task<CaseParty> PartyAsync(CaseInput input, CaseStart start, EnforcementCase? existing, Guid town,
        List<FieldError> errors, CancellationToken ct)
    {
        var entityId = input.MarketEntityId ?? (existing is null ? start.MarketEntityId : existing.MarketEntityId);
        var kind = Input.Enum<PartyKind>(input.PartyKind, "partyKind", errors)
            ?? (input.PartyName is not null ? PartyKind.Individual : entityId is not null ? PartyKind.Entity : existing?.PartyKind);
        if (kind == PartyKind.Entity)
        {
            var entity = entityId is { } e
                ? await db.Visible<MarketEntity>(user).Where(m => m.Id == e && m.JurisdictionId == town)
                    .Select(m => new { m.Name, m.CreditCode, m.StallNumber }).FirstOrDefaultAsync(ct)
                : null;
            if (entity is null) errors.Add(new("marketEntityId", "Validation.Case.Entity"));
            return CaseParty.Entity(entityId ?? Guid.Empty,
                entity is null ? "" : CaseSearch.EntityText(entity.Name, entity.CreditCode, entity.StallNumber));
        }
        if (kind != PartyKind.Individual)
        {
            if (errors.All(x => x.Field != "partyKind")) errors.Add(new("partyKind", "Validation.Case.PartyKind"));
            return CaseParty.Entity(Guid.Empty);
        }
        // Editing a person's case without retyping them keeps the stored (encrypted) identity.
        if (input.PartyName is null && input.PartyIdNumber is null && existing is { PartyKind: PartyKind.Individual })
            return new(PartyKind.Individual, null, existing.PartyNameCipher, existing.PartyNameMasked, existing.PartyIdNumberCipher,
                existing.PartyIdNumberMasked, NameLookup: existing.PartyNameLookup);
        var name = input.PartyName?.Trim() ?? "";
        if (name.Length is 0 or > FieldLengths.PersonName)
            errors.Add(new("partyName", "Validation.Case.PartyName", FieldLengths.PersonName));
        // A name holds no markup: "<b>王五</b>" would be stored and masked as "<********".
        else if (PlainNames.HasMarkup(name))
            errors.Add(new("partyName", "Validation.Case.PartyNameChars"));
        var id = IdCardNumber.Check(input.PartyIdNumber, ChinaTime.Today(time), "partyIdNumber");
        if (id.Error is { } error) errors.Add(error);
        if (errors.Any(x => x.Field is "partyName" or "partyIdNumber")) return new(PartyKind.Individual, null, null, null, null, null);
        var protector = protection.CreateProtector(PartyPurpose);
        return new(PartyKind.Individual, null, protector.Protect(name), CaseParty.MaskName(name), protector.Protect(id.Normalized),
            IdCardNumber.Mask(id.Normalized), NameLookup: search.Lookup(name));
    }

    /// <summary>案由 as offices write it: "某某涉嫌销售假冒注册商标的商品案" (a person by the masked name).</summary>
    private async Task<string?> DefaultTitleAsync(CaseParty party, ViolationType? type, CancellationToken ct)
    {
        if (type is null) return null;
        var who = party.Kind == PartyKind.Individual ? party.NameMasked
            : await db.Visible<MarketEntity>(user).Where(m => m.Id == party.MarketEntityId).Select(m => m.Name).FirstOrDefaultAsync(ct);
        if (who is null) return null;
        var title = $"{who}涉嫌{EnumLabels.Chinese(type.Value)}案";
        return title.Length > CaseDetails.TitleLength ? title[..CaseDetails.TitleLength] : title;
    }
}
